import type { DateTime } from 'luxon';
import type { Period, Provision, Unit } from '../domain/types.ts';
import type { RuleId } from '../time/rules.ts';

/** One right weighed against the letter, before it is printed as a ProvisionAssessment. */
export interface Assessment {
  provision: Provision;
  applies: boolean;
  /** The period that decided the earliest date (the notice, or a cure period that must lapse first). */
  required: Period | null;
  satisfied: boolean | null;
  condition: string | null;
  earliest: DateTime | null;
  earliestDate: string | null;
  shortfall: { amount: number; unit: Unit } | null;
  rules: RuleId[];
  /** Sentences citing the section and quoting it. */
  explanation: string[];
  /** Why this right cannot be decided as written (words and digits that disagree and change the answer). */
  review: string[];
  /** For non-renewal: the deadline met or missed, and the next cycle's. */
  deadlines?: { kind: 'non-renewal-notice' | 'extension-notice' | 'term-end'; day: DateTime; notBefore?: DateTime }[];
  /** For non-renewal: the last day notice could be received for the term the letter was judged against. */
  noticeDeadline?: DateTime;
  /** For a windowed non-renewal right: the first day notice may be received, when the letter came before it. */
  prematureBefore?: DateTime;
  /** Long enough notice that does not end on the calendar boundary the right requires (a mid-month date). */
  offBoundary?: boolean;
}

/**
 * "Section 4.2" or "the clause" when the agreement has no numbering there.
 * @example sectionName({ ...provision, section: '7.2' }) // 'Section 7.2'; with section null: 'the termination-for-cause clause'
 */
export const sectionName = (provision: Provision): string =>
  provision.section ? `Section ${provision.section}` : `the ${provision.type} clause`;

/**
 * The quoted words of a clause, shortened around its period where long (over 220 characters).
 * @example quote({ ...provision, text: "Either party may terminate\n  on 30 days' notice." }) // '"Either party may terminate on 30 days\' notice."'
 */
export function quote(provision: Provision, period?: Period | null): string {
  const text = provision.text.replace(/\s+/g, ' ').trim();
  if (text.length <= 220) return `"${text}"`;
  const at = period?.start !== undefined ? Math.max(0, period.start - provision.start - 100) : 0;
  const slice = text.slice(at, at + 220);
  return `"${at > 0 ? '…' : ''}${slice}…"`;
}

/**
 * "thirty (30) days" as written (without a trailing possessive), or "30 days".
 * @example periodWords({ amount: 30, unit: 'day', qualifier: null, text: "thirty (30) days'" }) // 'thirty (30) days'
 * @example periodWords({ amount: 5, unit: 'business-day', qualifier: null }) // '5 business days'
 */
export function periodWords(period: Period): string {
  if (period.text) return period.text.replace(/['’]$/, '');
  const unit = period.unit === 'business-day' ? 'business day' : period.unit;
  return `${period.amount ?? '[redacted]'} ${unit}${period.amount === 1 ? '' : 's'}`;
}

/**
 * Review reasons joined into one sentence: each reason loses its own full stop so the sentence ends
 * with exactly one.
 * @example reasonsSentence(['the letter names no day.', 'the clause is unclear']) // 'the letter names no day; the clause is unclear.'
 */
export function reasonsSentence(reasons: readonly string[]): string {
  return `${reasons.map((reason) => reason.trim().replace(/\.+$/, '')).join('; ')}.`;
}
