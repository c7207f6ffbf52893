import type { DeemedReceipt } from '../../domain/types.ts';

/**
 * "after 5:00 p.m. (recipient's local time)", "after 5 pm local time at the place of receipt", "after 17:00
 * in the time zone of the addressee": the clause fixes the cut-off in the recipient's local time, not the
 * sender's — a notice emailed at 4 p.m. in New York to London arrives at 9 p.m. there, after the cut-off.
 */
const RECIPIENT_TIME_RE =
  /\b(?:recipient|addressee|receiving party)['’]?s?\s+(?:local\s+)?time\b|\blocal time (?:at|in|of) the (?:place|location|address|time zone) of (?:receipt|the (?:recipient|addressee|receiving party))\b|\b(?:local )?time (?:zone )?(?:at the place )?of (?:receipt|the (?:recipient|addressee|receiving party))\b|\bwhere (?:the notice|it) is received\b|\bin the place of receipt\b/i;

/**
 * The deemed-receipt rules with their cut-offs marked as the recipient's local time where the clause says so.
 * @example withCutoffZone("Notices sent by email after 5:00 p.m. (recipient's local time) are deemed received on the next Business Day.", [{ method: 'email', rule: 'when-sent', cutoff: '17:00' }])
 * // [{ method: 'email', rule: 'when-sent', cutoff: '17:00', cutoffZone: 'recipient' }]
 */
export function withCutoffZone(clause: string, deliveries: DeemedReceipt[]): DeemedReceipt[] {
  if (!RECIPIENT_TIME_RE.test(clause)) return deliveries;
  return deliveries.map((d) => (d.cutoff ? { ...d, cutoffZone: 'recipient' } : d));
}
