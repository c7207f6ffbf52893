import type { WrittenMoment } from '../domain/types.ts';

/**
 * Dates and wall times as letters write them. Only reading happens here: a date is checked to exist
 * (no 30 February) and is kept with its time and zone label as written; placing it in a zone is the
 * time module's job.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// The rest of the weekday's name is at most six letters ("nesday"): an unbounded `[a-z]*` re-reads a long word
// from every "mon", "fri" … inside it, quadratic in the word.
const WEEKDAY = '(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "Saturday, January 9, 2021" / "Jan. 9th, 2021" */
const MDY = `${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})`;
/** "Saturday, 9 January 2021" / "9th of January, 2021" / "the 9th day of January, 2021" (the deed style) */
const DMY = `${WEEKDAY}${DAY}(?:\\s+day)?(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})`;
/** "2021-01-09" */
// "2021-01-09", and "2021/01/09" as East Asian letters write it: year first is never ambiguous.
const ISO = '(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)';
/**
 * "01/09/2021" (or "01.09.2021"): read month first, as US letters write it, unless only the day-first reading exists
 * ("25/03/2024"). The digits are kept (`slashed`) so the verdict can re-read the date day first where
 * the agreement's governing law is outside the US.
 */
// "3.9.2024", as much of Europe writes dates, and "03-09-2024" are read like "3/9/2024": both orders stay open to
// the verdict (which reads one written with full stops day first).
const SLASH = '(?<![\\d.-])(\\d{1,2})(?:/(\\d{1,2})/|\\.(\\d{1,2})\\.|-(\\d{1,2})-)(\\d{4})(?!\\d)(?!\\.\\d)';

/**
 * Zone labels as written: abbreviations and pairs ("PST", "CET/CEST"), region names with or without
 * "Time" ("Pacific Time", "5:00 p.m. Eastern"), city and country times ("London time", "(UK time)"),
 * "UTC", "GMT+1", "+01:00". Resolving a label to a zone is the time module's job (`ZONE_LABELS`).
 */
const TIME_WORD = '\\s+[Tt]ime';
export const ZONE_LABEL =
  '(?:\\(?(' +
  '(?:Central|Eastern|Western)\\s+European(?:\\s+Summer)?' +
  TIME_WORD +
  '|(?:Pacific|Mountain|Central|Eastern|Atlantic|Alaska|Hawaii)(?:\\s+(?:Standard|Daylight|Prevailing))?' +
  TIME_WORD +
  '|(?:U\\.?K\\.?|London|British|Irish|Dublin|New\\s+York|Chicago|Denver|Los\\s+Angeles|Paris|Berlin|Frankfurt|Amsterdam|Brussels|Madrid|Rome|Milan|Luxembourg|Zurich|Stockholm|Sydney|Melbourne|Tokyo|Singapore|Hong\\s+Kong|Toronto)' +
  TIME_WORD +
  '|(?:[PMCE]ST\\s?/\\s?[PMCE]DT|CET\\s?/\\s?CEST|GMT\\s?/\\s?BST|AEST\\s?/\\s?AEDT|NZST\\s?/\\s?NZDT)' +
  '|(?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|UTC|GMT' +
  '|[PMCEA][SD]?T|HST|AKST|AKDT|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|AEST|AEDT|NZST|NZDT' +
  // "5:00 p.m. Eastern": a US region name alone, only where a time or date precedes it.
  '|(?:Pacific|Mountain|Central|Eastern)(?!\\s+European)(?:\\s+(?:Standard|Daylight|Prevailing))?' +
  ')\\)?(?![A-Za-z]))';

/** "6:07 PM", "6:07 p.m.", "18:07", "5 p.m.", "noon", "midnight". */
const TIME =
  '(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|(\\d{1,2})[:.](\\d{2})(?::\\d{2})?(?![\\d/])(?!\\s*(?:a\\.?m|p\\.?m))|(noon|midnight))';

const DATE_RE = new RegExp(`${MDY}|${DMY}|${ISO}|${SLASH}`, 'gi');
const TIME_RE = new RegExp(TIME, 'i');
/** Zone labels are matched case-sensitively: "at" is a word, "AT" is Atlantic Time. */
const ZONE_AFTER_RE = new RegExp(`^\\s*,?\\s*${ZONE_LABEL}`);

export interface DateHit {
  date: string | null; // null when the written date does not exist
  weekdayMismatch: boolean;
  /** A date written with slashes, as written. */
  slashed?: { first: number; second: number; year: number };
  text: string;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** ISO weekday (1 = Monday) of a proleptic Gregorian date, by Zeller's congruence: no zone involved. */
function isoWeekday(year: number, month: number, day: number): number {
  const m = month < 3 ? month + 12 : month;
  const y = month < 3 ? year - 1 : year;
  const h = (day + Math.floor((13 * (m + 1)) / 5) + y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return ((h + 5) % 7) + 1; // Zeller: 0 = Saturday
}

function hitFrom(match: RegExpExecArray, offset: number): DateHit {
  const g = match;
  let year: number;
  let month: number;
  let day: number;
  let weekday: string | undefined;
  let slashed: DateHit['slashed'];
  if (g[2] !== undefined) {
    [weekday, month, day, year] = [g[1], MONTHS[g[2].toLowerCase().replace('.', '')] ?? 0, Number(g[3]), Number(g[4])];
  } else if (g[7] !== undefined) {
    [weekday, day, month, year] = [g[5], Number(g[6]), MONTHS[g[7].toLowerCase().replace('.', '')] ?? 0, Number(g[8])];
  } else if (g[9] !== undefined) {
    [year, month, day] = [Number(g[9]), Number(g[10]), Number(g[11])];
  } else {
    slashed = { first: Number(g[12]), second: Number(g[13] ?? g[14] ?? g[15]), year: Number(g[16]) };
    const dayFirstOnly =
      !isRealDate(slashed.year, slashed.first, slashed.second) && isRealDate(slashed.year, slashed.second, slashed.first);
    [month, day, year] = dayFirstOnly ? [slashed.second, slashed.first, slashed.year] : [slashed.first, slashed.second, slashed.year];
  }
  const real = isRealDate(year, month, day);
  const weekdayPrefix = weekday ? weekday.toLowerCase().slice(0, 3) : null;
  const writtenWeekday = weekdayPrefix !== null ? WEEKDAYS.findIndex((w) => w.startsWith(weekdayPrefix)) + 1 : 0;
  return {
    date: real ? `${year}-${pad(month)}-${pad(day)}` : null,
    weekdayMismatch: real && writtenWeekday > 0 && writtenWeekday !== isoWeekday(year, month, day),
    ...(slashed ? { slashed } : {}),
    text: g[0],
    start: offset + g.index,
    end: offset + g.index + g[0].length,
  };
}

/**
 * Every calendar date written in `text`, in order, with offsets shifted by `offset`.
 * @example findDates('Sent: Saturday, January 9, 2021 6:07 PM')[0].date // '2021-01-09'
 */
export function findDates(text: string, offset = 0): DateHit[] {
  const hits: DateHit[] = [];
  for (const match of text.matchAll(DATE_RE)) {
    const hit = hitFrom(match as RegExpExecArray, offset);
    // "12-34-5678" is a reference number, not a date that does not exist: digits joined by hyphens count as a
    // date only where they can be one.
    if (hit.date === null && match[15] !== undefined) continue;
    hits.push(hit);
  }
  return hits;
}

export interface TimeHit {
  time: string; // HH:mm, 24-hour
  zoneLabel: string | null;
  text: string;
  index: number;
}

/**
 * Reads one wall time (and the zone label written after it) from the start of `text` or anywhere in it.
 * @example readTime('Sent: Saturday, January 9, 2021 6:07 PM PST') // { time: '18:07', zoneLabel: 'PST', text: '6:07 PM PST', index: 32 }
 */
export function readTime(text: string): TimeHit | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  let hour: number;
  let minute: number;
  if (m[1] !== undefined) {
    hour = Number(m[1]) % 12;
    minute = Number(m[2] ?? 0);
    if (/^p/i.test(m[3] ?? '')) hour += 12;
    if (Number(m[1]) > 12) return null;
  } else if (m[4] !== undefined) {
    hour = Number(m[4]);
    minute = Number(m[5]);
  } else {
    hour = /noon/i.test(m[6] ?? '') ? 12 : 0;
    minute = 0;
  }
  if (hour > 23 || minute > 59) return null;
  const zone = ZONE_AFTER_RE.exec(text.slice(m.index + m[0].length));
  const written = zone ? m[0] + zone[0] : m[0];
  return { time: `${pad(hour)}:${pad(minute)}`, zoneLabel: zone?.[1] ?? null, text: written, index: m.index };
}

/**
 * "Close of business" and "COB" name no clock time; they are read as 17:00 local (rule
 * `close-of-business-5pm`), the usual end of the business day, rather than the start of the day.
 * Matched case-sensitively for "COB" so that the word "cob" is not one.
 */
const COB = '(?:(?:[Cc]lose|CLOSE)\\s+(?:of|OF)\\s+(?:the\\s+)?(?:[Bb]usiness|BUSINESS)(?:\\s+[Dd]ay)?|C\\.?O\\.?B\\.?(?![A-Za-z]))';
const COB_BEFORE_RE = new RegExp(`(?:${COB})(?:\\s*,?\\s*${ZONE_LABEL})?\\s*,?\\s*(?:(?:on|of|ON|OF)\\s+)?(?:(?:the|THE)\\s+)?$`);
const COB_AFTER_RE = new RegExp(
  `^\\s*,?\\s*(?:(?:[Aa]t|AT|[Aa]s\\s+of|AS\\s+OF|[Bb]y|BY)\\s+)?(?:(?:the|THE)\\s+)?(?:${COB})(?:\\s*,?\\s*${ZONE_LABEL})?`,
);
export const CLOSE_OF_BUSINESS_TIME = '17:00';

/** Words that may sit between a date and its time: "January 9, 2021 at 6:07 PM", "at 11:59 PM on Sunday, ...". */
const AFTER_DATE = /^\s*,?\s*(?:at\s+|@\s*)?$/i;
const BEFORE_DATE = /^\s*,?\s*(?:on\s+)?(?:the\s+)?$/i;

/**
 * A written moment: a date with the time and zone written next to it (before or after), if any.
 * `text` is the whole span; `date` is null when the written date does not exist.
 * @example readMoment('at 11:59 PM PST on Sunday, January 10, 2021', findDates('at 11:59 PM PST on Sunday, January 10, 2021')[0]).time // '23:59'
 */
export function readMoment(text: string, hit: DateHit, offset = 0): Omit<WrittenMoment, 'date'> & { date: string | null } {
  const local = { start: hit.start - offset, end: hit.end - offset };
  let start = local.start;
  let end = local.end;
  let time: string | null = null;
  let zoneLabel: string | null = null;

  const after = text.slice(local.end, local.end + 40);
  const timeAfter = readTime(after);
  if (timeAfter && AFTER_DATE.test(after.slice(0, timeAfter.index))) {
    time = timeAfter.time;
    zoneLabel = timeAfter.zoneLabel;
    end = local.end + timeAfter.index + timeAfter.text.length;
  } else {
    const windowStart = Math.max(0, local.start - 40);
    const before = text.slice(windowStart, local.start);
    const candidates = [...before.matchAll(new RegExp(TIME_RE.source, 'gi'))];
    const last = candidates.at(-1);
    const read = last ? readTime(before.slice(last.index)) : null;
    if (last && read && BEFORE_DATE.test(before.slice(last.index + read.text.length))) {
      time = read.time;
      zoneLabel = read.zoneLabel;
      start = windowStart + last.index;
    }
  }
  let timeConvention: 'close-of-business' | null = null;
  if (!time) {
    const windowStart = Math.max(0, local.start - 60);
    const before = COB_BEFORE_RE.exec(text.slice(windowStart, local.start));
    const after = before ? null : COB_AFTER_RE.exec(text.slice(local.end, local.end + 60));
    const found = before ?? after;
    if (found) {
      time = CLOSE_OF_BUSINESS_TIME;
      timeConvention = 'close-of-business';
      zoneLabel = found[1] ?? null;
      if (before) start = windowStart + before.index;
      else end = local.end + found[0].length;
    }
  }
  // A zone label may follow the date alone: "January 10, 2021 (Pacific Time)".
  if (!zoneLabel) {
    const trailing = ZONE_AFTER_RE.exec(text.slice(end, end + 30));
    if (trailing && time) {
      zoneLabel = trailing[1] ?? null;
      end += trailing[0].length;
    }
  }
  return {
    date: hit.date,
    time,
    zoneLabel,
    ...(timeConvention ? { timeConvention } : {}),
    ...(hit.slashed ? { slashed: hit.slashed } : {}),
    text: text.slice(start, end),
    start: start + offset,
    end: end + offset,
  };
}
