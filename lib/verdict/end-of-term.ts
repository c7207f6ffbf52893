import type { AgreementAnalysis, LetterAnalysis } from '../domain/types.ts';
import type { NoticeTiming } from './notice-timing.ts';
import { termEndsFrom } from './term-cycles.ts';

/**
 * "At the end of the current term" is a date only against the agreement's term: the timing with that date as
 * the letter's effective instant (a new object), and the reason for review when it cannot be fixed.
 * @example withEndOfTerm(agreement, letterEffectiveAtEndOfTerm, timing).timing.effectiveAt?.toISODate() // '2027-06-30'
 */
export function withEndOfTerm(
  agreement: AgreementAnalysis,
  letter: LetterAnalysis,
  timing: NoticeTiming,
): { timing: NoticeTiming; reason: string | null } {
  if (letter.effective?.kind !== 'end-of-term' || !timing.receivedAt || timing.effectiveAt) return { timing, reason: null };
  const [current] = termEndsFrom(agreement.term, timing.receivedAt.toISODate() as string, timing.zone, timing.calendar, 1);
  if (current) return { timing: { ...timing, effectiveAt: current.day }, reason: null };
  // A non-renewal takes effect at the end of the term by its nature; its deadlines are weighed without the date.
  if (letter.action === 'non-renewal') return { timing, reason: null };
  return { timing, reason: 'no effective date: the letter takes effect at the end of the term, and the term end is not known' };
}
