/**
 * The time zone an agreement names for notices and deadlines ("5:00 p.m. Pacific Time",
 * "17:00 CET", "New York City time"), as an IANA zone. US abbreviations name the zone, not the
 * season: "PST" in a contract means Pacific time all year, so both map to America/Los_Angeles.
 */
const ZONES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:Pacific\s+(?:Standard\s+|Daylight\s+|Prevailing\s+)?Time|P[SD]?T)\b/, 'America/Los_Angeles'],
  [/\b(?:Mountain\s+(?:Standard\s+|Daylight\s+|Prevailing\s+)?Time|M[SD]T)\b/, 'America/Denver'],
  [/\b(?:Central\s+(?:Standard\s+|Daylight\s+|Prevailing\s+)?Time|C[SD]T)\b/, 'America/Chicago'],
  [/\b(?:Eastern\s+(?:Standard\s+|Daylight\s+|Prevailing\s+)?Time|E[SD]?T|New\s+York(?:\s+City)?\s+time)\b/, 'America/New_York'],
  [/\b(?:London\s+time|UK\s+time|GMT|BST)\b/, 'Europe/London'],
  [/\b(?:Central\s+European\s+(?:Summer\s+)?Time|CES?T)\b/, 'Europe/Berlin'],
  [/\b(?:UTC|Coordinated\s+Universal\s+Time)\b/, 'UTC'],
];
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|o'clock|hours)?\s*(?:\(|,)?\s*/gi;

/**
 * The IANA zone of the first clock time in `text` that names a zone, or null.
 * @example noticeZone('notices received after 5:00 p.m. Pacific Time are deemed received the next business day') // 'America/Los_Angeles'
 */
export function noticeZone(text: string): string | null {
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    if (m[0].length === 0) {
      CLOCK.lastIndex += 1;
      continue;
    }
    if (!/[ap]\.?\s?m|:|o'clock|hours/i.test(m[0])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    for (const [re, zone] of ZONES) {
      const hit = re.exec(after);
      if (hit !== null && hit.index < 5) return zone;
    }
  }
  return null;
}
