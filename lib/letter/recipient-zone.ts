import { zoneOfAddress } from './address-zone.ts';
import { header, type HeaderLine } from './headers.ts';

/**
 * The zone of the recipient's address as the letter gives it: the inside address (below the date and
 * delivery lines, above "Re:" or the salutation) or a "To:" line. Null when the letter gives no address
 * that names a place. The sender's letterhead is not read: it is where the letter came from.
 * @example readRecipientZone('March 3, 2026\n\nBeta Corp.\nDenver, CO 80202\n\nRe: Notice', [], 14, 50) // 'America/Denver'
 */
export function readRecipientZone(text: string, headers: HeaderLine[], addressStart: number, bodyStart: number): string | null {
  const to = header(headers, 'to')?.value ?? '';
  if (to && headers.length > 0) return zoneOfAddress(to);
  // Without a date line to start from, the inside address is what lies above the "Re:" line below the
  // letterhead (the first block of lines).
  const letterheadEnd = text.search(/\n[ \t]*\n/);
  const from = addressStart >= 0 ? addressStart : letterheadEnd >= 0 && letterheadEnd < bodyStart ? letterheadEnd : -1;
  if (from < 0) return null;
  const rest = text.slice(from);
  const stop = rest.search(/^[ \t]*(?:re|subject)\s*:|^[ \t]*dear\b/im);
  const block = stop >= 0 ? rest.slice(0, stop) : rest.slice(0, 400);
  return zoneOfAddress(`${to}\n${block}`);
}
