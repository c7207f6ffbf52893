import type { AgreementAnalysis, Deadline, StatutoryFlag } from '../../domain/types.ts';

/**
 * A statute that may change what an agreement's deadlines mean — a flag for review, never legal advice.
 * One file per statute, one line in `index.ts`.
 */
export interface Statute {
  id: string;
  /** The flag, where the statute may govern the agreement; null where it plainly does not. */
  flag(agreement: AgreementAnalysis): StatutoryFlag | null;
  /** The deadlines the statute adds to the agreement's (computed so far), where it may govern. */
  deadlines(agreement: AgreementAnalysis, deadlines: readonly Deadline[]): Deadline[];
}
