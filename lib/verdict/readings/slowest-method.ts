import { METHOD_WORDS } from '../method-words.ts';
import { movedReceipt } from './moved-receipt.ts';
import type { LetterReading } from './reading.ts';

/**
 * A letter that does not say how it was sent is taken as received on the earliest day the agreement's notice
 * clause allows; this reading has it sent by the slowest method the clause provides for (mailed, received
 * days later, rather than emailed).
 * @example slowestMethod.alternative(inputs)?.timing.receivedAt?.toISODate() // '2026-03-05' for certified mail
 */
export const slowestMethod: LetterReading = {
  name: 'slowest-method',
  description: 'the letter, which does not say how it was sent, went by the slowest method the agreement provides for',
  alternative({ timing }) {
    const slowest = timing.receivedAtIfSlowestMethod;
    const receivedAt = timing.receivedAt;
    if (!slowest || !receivedAt) return null;
    return {
      timing: movedReceipt(timing, slowest.at),
      reason: () =>
        `the letter does not say how it was sent: received as early as the agreement allows it was received on ${receivedAt.toISODate()}, sent by ${METHOD_WORDS[slowest.method]} on ${slowest.at.toISODate()}, and that changes whether the notice suffices`,
    };
  },
};
