import type { DateTime } from 'luxon';
import type { Assessment } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';

/**
 * A letter dated but not timed, sent by a method with a same-day cut-off ("email before 5:00 p.m. is received
 * that day, otherwise the next business day"), is taken as sent at the start of its day. When sending after the
 * cut-off would change whether a right is satisfied, the answer hinges on a fact the letter does not give, and
 * the reason says so.
 * @example sendingTimeMatters(timing, assessments, assess) // 'the letter gives no time of sending: ...' or null
 */
export function sendingTimeMatters(
  timing: NoticeTiming,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
): string | null {
  const late = timing.receivedAtIfSentLate;
  if (!late || !timing.receivedAt) return null;
  if (!answerChangesOnReceipt(timing, late, assessments, assess)) return null;
  return `the letter gives no time of sending: sent before the agreement's cut-off it was received on ${timing.receivedAt.toISODate()}, sent after it on ${late.toISODate()}, and that changes whether the notice suffices`;
}

/**
 * Whether receipt at `receivedAt` instead of the prevailing receipt would change whether any applicable right
 * is satisfied — the one comparison behind every "the letter does not say ..." review reason on receipt.
 * @example answerChangesOnReceipt(timing, timing.receivedAtIfSentLate, assessments, assess) // true when the cut-off decides
 */
export function answerChangesOnReceipt(
  timing: NoticeTiming,
  receivedAt: DateTime,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
): boolean {
  // "Effective immediately" takes effect on receipt, so it moves with it.
  const effectiveAt =
    timing.effectiveAt && timing.receivedAt && +timing.effectiveAt === +timing.receivedAt ? receivedAt : timing.effectiveAt;
  const alternative = assess({ ...timing, receivedAt, effectiveAt });
  return assessments.some((a, i) => a.applies && a.satisfied !== null && alternative[i]?.satisfied !== a.satisfied);
}
