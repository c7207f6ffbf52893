import type { WrittenMoment } from '../domain/types.ts';
import type { HeaderLine } from './headers.ts';
import { header } from './headers.ts';
import { readSendingLine } from './sending-line.ts';
import { findDates, readMoment } from './written-dates.ts';

export interface SentReading {
  sent: WrittenMoment | null;
  /** Offset of the date line used (for finding the letterhead above it), or -1. */
  at: number;
  problems: string[];
}

/** A line that is only a date (a dated letter: "January 5, 2024" under the letterhead). */
// "March 1, 2024", "2024-03-01", "Dated: 03/01/2024", "Dated this 1st day of March, 2024", "Date: 1 March 2024".
const DATE_LINE =
  /^[ \t]*(?:(?:[Dd]ated|DATED)(?:[ \t]+(?:this|as of|on))?[ \t]*:?[ \t]*|(?:Date|DATE)[ \t]*:[ \t]*)?((?:the[ \t]+)?[A-Z0-9][^\n]{3,60}?\d{4}[^\n]{0,30}|\d{4}[-/]\d{1,2}[-/]\d{1,2}[^\n]{0,30})[ \t]*$/gm;

function momentFrom(_text: string, valueStart: number, value: string, problems: string[]): WrittenMoment | null {
  const hit = findDates(value, valueStart)[0];
  if (!hit) {
    problems.push(`unparseable date: "${value.trim()}"`);
    return null;
  }
  if (hit.date === null) {
    problems.push(`unparseable date: "${hit.text}" does not exist`);
    return null;
  }
  if (hit.weekdayMismatch) problems.push(`weekday does not match date: "${hit.text}"`);
  const moment = readMoment(value, hit, valueStart);
  return { ...moment, date: hit.date };
}

/**
 * When the letter was sent: the "Sent:" header, else a sending line ("Sent by certified mail ... on January
 * 11, 2024", see sending-line.ts), else the "Date:" header or the date line of a dated letter (the first line
 * near the top that is only a date) — with the time of a sending line that gives only a time.
 * @example readSent(text, readHeaders(text)).sent // { date: '2021-01-09', time: '18:07', zoneLabel: 'PST', ... }
 */
export function readSent(text: string, headers: HeaderLine[]): SentReading {
  const sentHeader = header(headers, 'sent');
  const sending = sentHeader ? null : readSendingLine(text);
  if (sending?.moment) return { sent: sending.moment, at: dateLineAt(text, headers), problems: [] };
  const reading = readDateLine(text, headers);
  const time = sending?.time;
  if (!time || !reading.sent || reading.sent.time) return reading;
  return { ...reading, sent: { ...reading.sent, time: time.time, zoneLabel: time.zoneLabel ?? reading.sent.zoneLabel ?? null } };
}

/** Where the date line is (the letterhead sits above it), or -1. */
const dateLineAt = (text: string, headers: HeaderLine[]): number => readDateLine(text, headers).at;

function readDateLine(text: string, headers: HeaderLine[]): SentReading {
  const problems: string[] = [];
  const line = header(headers, 'sent') ?? header(headers, 'date');
  if (line) return { sent: momentFrom(text, line.start, line.value, problems), at: line.start, problems };
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(DATE_LINE)) {
    const value = m[1] ?? '';
    const hits = findDates(value);
    const hit = hits[0];
    if (hits.length !== 1 || !hit) continue;
    // A dateline may open with the place of writing: "Seattle, March 4, 2024", "London, 4 March 2024".
    const rest =
      value
        .slice(0, hit.start)
        .replace(/^the\s+$/i, '')
        .replace(/^[A-Z][A-Za-z .'-]{1,30},\s*$/, '') + value.slice(hit.end);
    if (!/^[\s,]*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?[\sA-Za-z()+:\d-]{0,30})?$/i.test(rest)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(value);
    return { sent: momentFrom(text, start, value, problems), at: m.index ?? 0, problems };
  }
  return { sent: null, at: -1, problems: ['no date of sending found'] };
}
