import type { AgreementAnalysis, Deadline, StatutoryFlag } from '../../domain/types.ts';
import { NY_GOL_5_903 } from './ny-gol-5-903.ts';
import type { Statute } from './statute.ts';

export type { Statute } from './statute.ts';

/** The statutes the product flags. The next statute is one file and one line here. */
export const STATUTES: readonly Statute[] = [NY_GOL_5_903];

/**
 * The statutory flags an agreement raises (flags for review, not legal advice).
 * @example statutoryFlags(nyMaintenanceAgreement).map((f) => f.statute) // ['ny-gol-5-903']
 */
export function statutoryFlags(agreement: AgreementAnalysis): StatutoryFlag[] {
  return STATUTES.map((s) => s.flag(agreement)).filter((f): f is StatutoryFlag => f !== null);
}

/**
 * The agreement's deadlines followed by those the statutes add.
 * @example withStatutoryDeadlines(agreement, deadlines).map((d) => d.kind)
 * // ['term-end', 'non-renewal-notice', 'statutory-reminder'] for a New York maintenance agreement
 */
export function withStatutoryDeadlines(agreement: AgreementAnalysis, deadlines: readonly Deadline[]): Deadline[] {
  return [...deadlines, ...STATUTES.flatMap((s) => s.deadlines(agreement, deadlines))];
}
