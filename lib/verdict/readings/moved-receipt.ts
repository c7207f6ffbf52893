import type { DateTime } from 'luxon';
import type { NoticeTiming } from '../notice-timing.ts';

/**
 * The timing with the notice received at another instant. "Effective immediately" takes effect on receipt,
 * so it moves with it.
 * @example movedReceipt(timing, timing.receivedAtIfSentLate).receivedAt // the later receipt
 */
export function movedReceipt(timing: NoticeTiming, receivedAt: DateTime): NoticeTiming {
  const immediate = timing.effectiveAt && timing.receivedAt && +timing.effectiveAt === +timing.receivedAt;
  return { ...timing, receivedAt, effectiveAt: immediate ? receivedAt : timing.effectiveAt };
}
