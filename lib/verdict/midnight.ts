import type { LetterAnalysis } from '../domain/types.ts';
import type { Assessment } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';

/**
 * "At midnight on May 31, 2024" is read as 00:00 at the start of May 31, but writers often mean the end of
 * that day (24:00). When reading it as the end of the day would change whether a right is satisfied, the
 * answer hinges on what the letter meant, and the reason says so.
 * @example midnightMatters(letter, timing, assessments, assess) // 'the letter takes effect "at midnight on ...": ...' or null
 */
export function midnightMatters(
  letter: LetterAnalysis,
  timing: NoticeTiming,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
): string | null {
  const moment = letter.effective?.kind === 'moment' ? letter.effective.moment : null;
  if (moment?.time !== '00:00' || !/\bmidnight\b/i.test(moment.text) || !timing.effectiveAt) return null;
  const endOfDay = timing.effectiveAt.plus({ days: 1 });
  const alternative = assess({ ...timing, effectiveAt: endOfDay });
  const changed = assessments.some((a, i) => a.applies && a.satisfied !== null && alternative[i]?.satisfied !== a.satisfied);
  if (!changed) return null;
  return `the letter takes effect "${moment.text}": read as the start of ${moment.date} the notice ${assessments.some((a) => a.applies && a.satisfied) ? 'suffices' : 'does not suffice'}, read as the end of that day it ${alternative.some((a) => a.applies && a.satisfied) ? 'suffices' : 'does not suffice'}`;
}
