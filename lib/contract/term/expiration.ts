/**
 * The expiration date of the initial term.
 *
 * Convention: a term "of N years from the Effective Date" ends on the anniversary of the start date
 * (2014-02-10 + 5 years → 2019-02-10), not on the day before. The day the term starts from is not
 * counted (the usual rule for periods "from" a day), so the last day of the term is the
 * anniversary. The CUAD labels use the same convention. Months are calendar months (luxon
 * `plus({ months })`): a start on the 31st ends on the last day of a shorter month
 * (2019-01-31 + 1 month → 2019-02-28).
 */
import { DateTime } from 'luxon';
import type { Period } from '../../domain/types.ts';

const LUXON_UNIT = { day: 'days', week: 'weeks', month: 'months', year: 'years' } as const;

/**
 * The end of a term of `period` starting on `start` (ISO date), or null when it cannot be computed.
 * @example addTerm('2014-02-10', { amount: 5, unit: 'year', qualifier: null }) // '2019-02-10'
 */
export function addTerm(start: string, period: Period): string | null {
  if (period.amount === null || period.amount <= 0) return null;
  if (period.unit === 'hour' || period.unit === 'business-day') return null;
  const from = DateTime.fromISO(start, { zone: 'utc' });
  if (!from.isValid) return null;
  return from.plus({ [LUXON_UNIT[period.unit]]: period.amount }).toISODate();
}

/**
 * 31 December of the start date's year: "until the end of the current calendar year".
 * @example endOfCalendarYear('2014-05-08') // '2014-12-31'
 */
export function endOfCalendarYear(start: string): string {
  return `${start.slice(0, 4)}-12-31`;
}
