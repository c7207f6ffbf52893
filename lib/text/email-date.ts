/**
 * The Date header of an email (RFC 5322 § 3.3) as an ISO instant in the sender's own offset. The header is
 * written by the sender's client at the moment of sending, with the sender's UTC offset: better evidence of
 * when and in which zone a notice was given than any date typed in the body.
 */

/** RFC 5322 § 4.3 obsolete zone names; anything else alphabetic (military zones) carries no information. */
const OBSOLETE_ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function offsetMinutesOf(value: string): number | null {
  const trimmed = value.replace(/\([^)]*\)/g, ' ').trim();
  const numeric = /([+-])(\d{2}):?(\d{2})$/.exec(trimmed);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = /\b([A-Z]{1,3})$/i.exec(trimmed);
  const zone = named ? OBSOLETE_ZONES[(named[1] ?? '').toUpperCase()] : undefined;
  return zone ?? null;
}

/**
 * Formats an instant as ISO 8601 at a fixed UTC offset.
 * @example isoAtOffset(Date.parse('2021-01-10T02:07:00Z'), -480) // '2021-01-09T18:07:00-08:00'
 */
export function isoAtOffset(instant: number, offsetMinutes: number): string {
  const wall = new Date(instant + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Reads an RFC 5322 Date header value; null when it is missing, not a date, or has no zone (a date printed by
 * a client in a forwarded message). "-0000" (zone unknown) is read as UTC, as RFC 5322 prescribes.
 * @example emailDateWithOffset('Sat, 9 Jan 2021 18:07:00 -0800') // '2021-01-09T18:07:00-08:00'
 * @example emailDateWithOffset('Mon, 4 Mar 2024 09:15:00 +0100 (CET)') // '2024-03-04T09:15:00+01:00'
 */
export function emailDateWithOffset(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Without a zone, Date.parse would read the time in the machine's own zone: no evidence, so no instant.
  const offset = offsetMinutesOf(cleaned);
  if (offset === null) return null;
  const instant = Date.parse(cleaned.replace(/\bat\b/i, ' '));
  if (Number.isNaN(instant)) return null;
  return isoAtOffset(instant, offset);
}
