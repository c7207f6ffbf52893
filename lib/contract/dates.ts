/**
 * Calendar dates as agreements write them: "March 15, 2019", "Mar. 15, 2019", "15th day of March,
 * 2019", "15 March 2019", "3/15/2019", "2019-03-15", and month-only "March 2019".
 * US order is assumed for slashed dates (month/day/year), as in the EDGAR filings agreements come
 * from; a slashed date impossible in that order ("25/03/2019") is read day/month.
 */
import { profileFor } from '../time/jurisdictions/index.ts';

export interface FoundDate {
  /** YYYY-MM-DD; for a month-only date, the first of the month. */
  iso: string;
  precision: 'day' | 'month';
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';
// "14t h" and "1s t": ordinals split by a space in text converted from PDF.
const DAY = '(\\d{1,2})\\s?(?:st|nd|rd|th|s t|n d|r d|t h)?';
const YEAR = '((?:19|20)\\d{2})';

// Cheap triggers: a month name, or digits followed by a date separator. The full patterns below run
// only where a trigger fires (sticky, at that offset), so a long agreement is read in one quick pass.
const TRIGGER = /(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<![\w])\d{1,4}[/.-]\d/gi;
// "15th day of March, 2019" / "15 March 2019": the day before the month, read backwards from it.
const DAY_BEFORE = new RegExp(`(?<![\\w])${DAY}[ \\t\\n]+(?:day[ \\t\\n]+of[ \\t\\n]+)?$`, 'i');
const MONTH_YEAR_AFTER_DAY = new RegExp(`${MONTH},?[ \\t\\n]*(?:in[ \\t\\n]+the[ \\t\\n]+year[ \\t\\n]+)?${YEAR}\\b`, 'iy');
// "March 15, 2019"; "March 2019".
const MONTH_DAY_YEAR = new RegExp(`${MONTH}[ \\t\\n]+${DAY},?[ \\t\\n]*${YEAR}\\b`, 'iy');
// The comma belongs to the first space run (`(?:ws*,)?ws+`, not `ws*,?ws+`): two runs side by side split a long
// run of spaces every possible way.
const MONTH_ONLY = new RegExp(`${MONTH}(?:[ \\t\\n]*,)?[ \\t\\n]+${YEAR}\\b`, 'iy');
// "3/15/2019", "1.4.2011", "04-01-06"; "2019-03-15".
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/y;
const ISO = /((?:19|20)\d{2})-(\d{2})-(\d{2})\b/y;
const BACK_WINDOW = 64;

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Two-digit years: 00-49 are 20xx, 50-99 are 19xx (agreements in the corpus span 1990-2020). */
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The ISO form of a written calendar date, or null for an impossible one ("February 30"). Only a
 * validity check, no arithmetic: done by hand because building a luxon DateTime for every date
 * written in a long agreement costs more than the rest of the date finding (all date arithmetic
 * stays in luxon, see term/expiration.ts).
 */
function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Parsed {
  iso: string;
  precision: 'day' | 'month';
  start: number;
  end: number;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function monthDate(text: string, at: number): Parsed | null {
  const back = DAY_BEFORE.exec(text.slice(Math.max(0, at - BACK_WINDOW), at));
  if (back) {
    const rest = sticky(MONTH_YEAR_AFTER_DAY, text, at);
    if (rest) {
      const iso = isoOf(Number(rest[2]), monthIndex(rest[1] as string), Number(back[1]));
      // An impossible day ("February 30") is no date at all, as the month-first reading below would not be either.
      if (iso === null) return null;
      return { iso, precision: 'day', start: at - back[0].length, end: at + rest[0].length };
    }
  }
  const full = sticky(MONTH_DAY_YEAR, text, at);
  if (full) {
    const iso = isoOf(Number(full[3]), monthIndex(full[1] as string), Number(full[2]));
    return iso === null ? null : { iso, precision: 'day', start: at, end: at + full[0].length };
  }
  const month = sticky(MONTH_ONLY, text, at);
  if (month) {
    const iso = isoOf(Number(month[2]), monthIndex(month[1] as string), 1);
    return iso === null ? null : { iso, precision: 'month', start: at, end: at + month[0].length };
  }
  return null;
}

function numericDate(text: string, at: number): Parsed | null {
  const iso = sticky(ISO, text, at);
  if (iso) {
    const value = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value === null ? null : { iso: value, precision: 'day', start: at, end: at + iso[0].length };
  }
  const m = sticky(NUMERIC, text, at);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), fullYear(m[4] as string)];
  // "1.4.2011" with dots is the European day.month.year; slashes and hyphens are US month/day/year.
  const dayFirst = m[2] === '.' || a > 12;
  const value = dayFirst ? isoOf(y, b, a) : isoOf(y, a, b);
  return value === null ? null : { iso: value, precision: 'day', start: at, end: at + m[0].length };
}

/**
 * Every date written in `text`, in order, with offsets shifted by `offset`. Linear: one pass of a
 * cheap trigger, the full patterns only where it fires.
 * @example findDates('dated as of March 15, 2019')[0].iso // '2019-03-15'
 */
export function findDates(text: string, offset = 0): FoundDate[] {
  const found: FoundDate[] = [];
  const trigger = new RegExp(TRIGGER.source, TRIGGER.flags);
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const at = m.index;
    const isDigit = text.charCodeAt(at) <= 57;
    const parsed = isDigit ? numericDate(text, at) : monthDate(text, at);
    if (parsed === null || parsed.start < (found.at(-1)?.end ?? 0) - offset) continue;
    found.push({
      iso: parsed.iso,
      precision: parsed.precision,
      text: text.slice(parsed.start, parsed.end),
      start: offset + parsed.start,
      end: offset + parsed.end,
    });
    trigger.lastIndex = parsed.end;
  }
  return found;
}

/**
 * The first full date in `text`, or null.
 * @example parseDate('the 15th day of March, 2019') // '2019-03-15'
 */
export function parseDate(text: string): string | null {
  return findDates(text).find((d) => d.precision === 'day')?.iso ?? null;
}

/**
 * The text with each slashed or hyphenated numeric date ("04/06/2025", "04-06-25") written with dots, the
 * day-first form `findDates` reads as day.month.year — for an agreement governed by a law that writes dates
 * day first (English law: 04/06/2025 is 4 June), so agreements and letters read dates the same way. Every
 * replacement keeps the length, so offsets into the text stay valid. Unchanged where the law's profile writes
 * dates month first (US and Canadian law) and when the law is not known.
 * @example dayFirstDates('commences on 04/06/2025', 'GB') // 'commences on 04.06.2025'
 */
export function dayFirstDates(text: string, jurisdiction: string | null): string {
  if (profileFor(jurisdiction).dateOrder !== 'day-first') return text;
  return text.replace(
    /(?<![\w/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-])/g,
    (_m, a: string, _sep: string, b: string, y: string) => `${a}.${b}.${y}`,
  );
}
