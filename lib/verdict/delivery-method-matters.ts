import type { Assessment } from './assessment.ts';
import { METHOD_WORDS } from './method-words.ts';
import type { NoticeTiming } from './notice-timing.ts';
import { answerChangesOnReceipt } from './sending-time.ts';

/**
 * A letter that does not say how it was sent is taken as received on the earliest day the agreement's notice
 * clause allows. Whether it was emailed (received when sent) or mailed (received days later) is then a fact the
 * letter does not give; when the slowest method the clause provides for would change whether a right is
 * satisfied, the verdict must not rest on the faster one, and the reason names both days.
 * @example deliveryMethodMatters(timing, assessments, assess)
 * // 'the letter does not say how it was sent: ... by certified mail on 2026-03-05, and that changes whether the notice suffices'
 */
export function deliveryMethodMatters(
  timing: NoticeTiming,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
): string | null {
  const slowest = timing.receivedAtIfSlowestMethod;
  if (!slowest || !timing.receivedAt) return null;
  if (!answerChangesOnReceipt(timing, slowest.at, assessments, assess)) return null;
  return `the letter does not say how it was sent: received as early as the agreement allows it was received on ${timing.receivedAt.toISODate()}, sent by ${METHOD_WORDS[slowest.method]} on ${slowest.at.toISODate()}, and that changes whether the notice suffices`;
}
