import { movedReceipt } from './moved-receipt.ts';
import type { LetterReading } from './reading.ts';

/**
 * The agreement fixes its cut-off in the recipient's local time ("after 5:00 p.m. (recipient's local time)")
 * but neither the letter nor the agreement gives the recipient's address: the cut-off is applied in the
 * agreement's zone, and this reading applies it in another zone the recipient may be in.
 * @example recipientZoneUnknown.alternative(inputs)?.timing.receivedAt?.toISODate() // the next business day
 */
export const recipientZoneUnknown: LetterReading = {
  name: 'recipient-in-another-zone',
  description: "the recipient, whose address is not given, reads the agreement's cut-off in another time zone",
  alternative({ timing }) {
    const other = timing.receivedAtIfOtherRecipientZone;
    const receivedAt = timing.receivedAt;
    if (!other || !receivedAt || !timing.recipientZone) return null;
    const chosen = timing.recipientZone.zone;
    return {
      timing: movedReceipt(timing, other.at),
      reason: () =>
        `the recipient's local time decides the cut-off and the recipient's address is not given: with the cut-off in ${chosen} the notice was received on ${receivedAt.toISODate()}, in ${other.zone} on ${other.at.toISODate()}, and that changes whether the notice suffices`,
    };
  },
};
