import type { WrittenMoment } from '../domain/types.ts';
import { findDates, readMoment, readTime } from './written-dates.ts';

/**
 * A letter's sending line — "Sent by certified mail, return receipt requested, on January 11, 2024", "Sent by
 * email at 3:40 p.m. Mountain Time", "Transmitted via email on March 3, 2026 at 4:45 p.m. Eastern Time",
 * "Date sent: 4 March 2026" — records when the letter actually left, which can differ from the date typed at
 * its head (a letter dated the 10th and mailed on the 11th was given on the 11th). So it outranks the date line;
 * a sending line with a time but no date gives the time of the dated day.
 */

const SENDING_LINE =
  /^[ \t]*(?:(?:this\s+(?:letter|notice)\s+(?:was|is\s+being|is)\s+)?(?:sent|transmitted|dispatched|mailed|posted|e-?mailed)\b|date\s+(?:sent|of\s+(?:sending|dispatch|transmission))\s*:)[^\n]*$/gim;

export interface SendingLine {
  /** The moment the line gives when it has a date. */
  moment: WrittenMoment | null;
  /** The time (and zone) it gives when it has a time but no date. */
  time: { time: string; zoneLabel: string | null; text: string } | null;
}

/**
 * The first sending line that gives a date or a time, else null.
 * @example readSendingLine('January 10, 2024\n\nSent by certified mail, return receipt requested, on January 11, 2024\n')?.moment?.date // '2024-01-11'
 * @example readSendingLine('Sent by email at 3:40 p.m. Mountain Time\n')?.time // { time: '15:40', zoneLabel: 'Mountain Time', ... }
 */
export function readSendingLine(text: string): SendingLine | null {
  for (const m of text.matchAll(SENDING_LINE)) {
    const line = m[0];
    const at = m.index ?? 0;
    // A sending line is a line of its own, not a paragraph recounting earlier letters.
    if (line.trim().length > 160) continue;
    const hit = findDates(line, at).find((h) => h.date !== null);
    if (hit?.date) return { moment: { ...readMoment(line, hit, at), date: hit.date }, time: null };
    const time = readTime(line);
    if (time) return { moment: null, time: { time: time.time, zoneLabel: time.zoneLabel, text: time.text } };
  }
  return null;
}
