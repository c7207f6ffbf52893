import { movedReceipt } from './moved-receipt.ts';
import type { LetterReading } from './reading.ts';

/**
 * A letter dated but not timed, sent by a method with a same-day cut-off ("email before 5:00 p.m. is received
 * that day, otherwise the next business day"), is taken as sent at the start of its day; this reading has it
 * sent at the end of that day, after the cut-off.
 * @example untimedAfterCutOff.alternative(inputs)?.timing.receivedAt?.toISODate() // the next business day
 */
export const untimedAfterCutOff: LetterReading = {
  name: 'sent-after-cut-off',
  description: "the letter, which gives no time of sending, was sent after the agreement's cut-off",
  alternative({ timing }) {
    const late = timing.receivedAtIfSentLate;
    const receivedAt = timing.receivedAt;
    if (!late || !receivedAt) return null;
    return {
      timing: movedReceipt(timing, late),
      reason: () =>
        `the letter gives no time of sending: sent before the agreement's cut-off it was received on ${receivedAt.toISODate()}, sent after it on ${late.toISODate()}, and that changes whether the notice suffices`,
    };
  },
};
