/**
 * Calendar dates as agreements write them: "March 15, 2019", "Mar. 15, 2019", "15th day of March,
 * 2019", "15 March 2019", "3/15/2019", "2019-03-15", and month-only "March 2019".
 * US order is assumed for slashed dates (month/day/year), as in the EDGAR filings agreements come
 * from; a slashed date impossible in that order ("25/03/2019") is read day/month.
 */
import { DateTime } from 'luxon';

export interface FoundDate {
  /** YYYY-MM-DD; for a month-only date, the first of the month. */
  iso: string;
  precision: 'day' | 'month';
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';
// "14t h" and "1s t": ordinals split by a space in text converted from PDF.
const DAY = '(\\d{1,2})\\s?(?:st|nd|rd|th|s t|n d|r d|t h)?';
const YEAR = '((?:19|20)\\d{2})';

// Alternatives: 1-3 "March 15, 2019"; 4-6 "15th day of March, 2019" / "15 March 2019";
// 7-10 "3/15/2019" (10 the separator); 11-13 "2019-03-15"; 14-15 "March 2019".
const DATE_RE = new RegExp(
  [
    `(?<![A-Za-z])${MONTH}[ \\t\\n]+${DAY},?[ \\t\\n]*${YEAR}\\b`,
    `\\b${DAY}[ \\t\\n]+(?:day[ \\t\\n]+of[ \\t\\n]+)?${MONTH},?[ \\t\\n]*(?:in[ \\t\\n]+the[ \\t\\n]+year[ \\t\\n]+)?${YEAR}\\b`,
    `\\b(\\d{1,2})([/.-])(\\d{1,2})\\8(\\d{4}|\\d{2})\\b`,
    `\\b${YEAR}-(\\d{2})-(\\d{2})\\b`,
    `(?<![A-Za-z])${MONTH}[ \\t\\n]*,?[ \\t\\n]+${YEAR}\\b`,
  ].join('|'),
  'gi',
);

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Two-digit years: 00-49 are 20xx, 50-99 are 19xx (agreements in the corpus span 1990-2020). */
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));

function isoOf(year: number, month: number, day: number): string | null {
  const date = DateTime.utc(year, month, day);
  return date.isValid ? (date.toISODate() as string) : null;
}

function fromMatch(m: RegExpExecArray): { iso: string; precision: 'day' | 'month' } | null {
  const g = (i: number): string => m[i] ?? '';
  if (m[1] !== undefined) return wrap(isoOf(Number(g(3)), monthIndex(g(1)), Number(g(2))));
  if (m[4] !== undefined) return wrap(isoOf(Number(g(6)), monthIndex(g(5)), Number(g(4))));
  if (m[7] !== undefined) {
    const [a, b, y] = [Number(g(7)), Number(g(9)), fullYear(g(10))];
    // "1.4.2011" with dots is the European day.month.year; slashes and hyphens are US month/day/year.
    const dayFirst = g(8) === '.' || a > 12;
    return wrap(dayFirst ? isoOf(y, b, a) : isoOf(y, a, b));
  }
  if (m[11] !== undefined) return wrap(isoOf(Number(g(11)), Number(g(12)), Number(g(13))));
  if (m[14] !== undefined) {
    const iso = isoOf(Number(g(15)), monthIndex(g(14)), 1);
    return iso === null ? null : { iso, precision: 'month' };
  }
  return null;
}

const wrap = (iso: string | null) => (iso === null ? null : { iso, precision: 'day' as const });

/**
 * Every date written in `text`, in order, with offsets shifted by `offset`. Linear: one regex pass.
 * @example findDates('dated as of March 15, 2019')[0].iso // '2019-03-15'
 */
export function findDates(text: string, offset = 0): FoundDate[] {
  const found: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const parsed = fromMatch(m);
    if (parsed !== null) found.push({ ...parsed, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
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
