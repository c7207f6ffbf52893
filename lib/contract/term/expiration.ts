/**
 * The expiration date of the initial term: its **legal last day**, inclusive.
 *
 * A term counts the day it starts on: a term that "commences on 1 October 2025 and continues for
 * twelve (12) months" runs 1 October 2025 to 30 September 2026, so the last day is the day before
 * the anniversary (rule `term-last-day`). Wording that names the end day keeps it: "until the
 * second anniversary" ends on the anniversary; "through the day prior to the second anniversary"
 * ends the day before it.
 *
 * Where the wording allows two readings, both are kept: "for two (2) years *from* the Effective
 * Date" reads, as a lawyer reads a term, 1 October 2025 – 30 September 2027; under the rule that a
 * period running "from" a day excludes that day, it runs one day longer, to the anniversary. The
 * earlier day is the expiration date (a deadline counted back from it is never late), the other is
 * an alternative with its reason.
 *
 * Months are calendar months (luxon `plus({ months })`): a start on the 31st reaches the last day of
 * a shorter month (2019-01-31 + 1 month → 2019-02-28).
 */
import { DateTime } from 'luxon';
import type { Period } from '../../domain/types.ts';

const LUXON_UNIT = { day: 'days', week: 'weeks', month: 'months', year: 'years' } as const;

/**
 * How the term clause says where the term ends:
 * - `for`: a length from a start day that is counted ("commences on … and continues for two years");
 * - `from`: a length "from" / "after" / "following" a day, which may or may not be counted;
 * - `until`: the end day itself ("until the fifth anniversary", "until five years following");
 * - `day-before`: the day before the named day ("through the day prior to the second anniversary");
 * - `month-end`: the last day of the Nth full calendar month ("ends on the last day of the twenty-fourth (24th)
 *   full calendar month thereafter"): full months begin with the start's month when it starts on the 1st, else
 *   with the next month.
 */
export type TermEndReading = 'for' | 'from' | 'until' | 'day-before' | 'month-end';

export interface TermEnd {
  /** The earlier reading: the legal last day, YYYY-MM-DD. */
  date: string;
  alternatives: { date: string; reason: string }[];
}

/**
 * The anniversary-style end of a term of `period` from `start` (ISO date), or null when it cannot be computed.
 * @example addTerm('2014-02-10', { amount: 5, unit: 'year', qualifier: null }) // '2019-02-10'
 */
export function addTerm(start: string, period: Period): string | null {
  if (period.amount === null || period.amount <= 0) return null;
  if (period.unit === 'hour' || period.unit === 'business-day') return null;
  const from = DateTime.fromISO(start, { zone: 'utc' });
  if (!from.isValid) return null;
  return from.plus({ [LUXON_UNIT[period.unit]]: period.amount }).toISODate();
}

const dayBefore = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).minus({ days: 1 }).toISODate() as string;

/**
 * The legal last day of a term of `period` starting on `start`, read as `reading` says.
 * @example lastDayOfTerm('2025-10-01', { amount: 12, unit: 'month', qualifier: null }, 'for') // { date: '2026-09-30', alternatives: [] }
 * @example lastDayOfTerm('2025-07-01', { amount: 2, unit: 'year', qualifier: null }, 'from').alternatives[0]?.date // '2027-07-01'
 */
export function lastDayOfTerm(start: string, period: Period, reading: TermEndReading): TermEnd | null {
  if (reading === 'month-end') return lastDayOfNthFullMonth(start, period);
  const anniversary = addTerm(start, period);
  if (anniversary === null) return null;
  switch (reading) {
    case 'until':
      return { date: anniversary, alternatives: [] };
    case 'day-before':
    case 'for':
      return { date: dayBefore(anniversary), alternatives: [] };
    default:
      return {
        date: dayBefore(anniversary),
        alternatives: [
          {
            date: anniversary,
            reason: 'The term runs "from" a day; if that day is not counted, the term runs one day longer and ends on the anniversary.',
          },
        ],
      };
  }
}

/**
 * The last day of the `period.amount`th full calendar month from `start`.
 * @example lastDayOfNthFullMonth('2025-03-15', { amount: 24, unit: 'month', qualifier: null }) // { date: '2027-03-31', alternatives: [] }
 */
function lastDayOfNthFullMonth(start: string, period: Period): TermEnd | null {
  const from = DateTime.fromISO(start, { zone: 'utc' });
  if (!from.isValid || period.amount === null || period.amount <= 0 || period.unit !== 'month') return null;
  const firstFull = from.day === 1 ? from.startOf('month') : from.plus({ months: 1 }).startOf('month');
  return {
    date: firstFull
      .plus({ months: period.amount - 1 })
      .endOf('month')
      .toISODate() as string,
    alternatives: [],
  };
}

/**
 * 31 December of the start date's year: "until the end of the current calendar year".
 * @example endOfCalendarYear('2014-05-08') // '2014-12-31'
 */
export function endOfCalendarYear(start: string): string {
  return `${start.slice(0, 4)}-12-31`;
}
