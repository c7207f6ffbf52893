import type { DateTime } from 'luxon';
import type { Period, TermInfo } from '../domain/types.ts';
import { addPeriod } from '../time/add-period.ts';
import type { BusinessCalendar } from '../time/business-calendar.ts';
import { placeMoment } from '../time/moments.ts';

/**
 * The last days of the agreement's successive terms: the initial term's legal last day (as the agreement
 * analysis states it), then each renewal term after it. A renewal term begins the day after the previous
 * term ended and ends on its own legal last day — the day before the same date k terms later — so "successive
 * six (6) month periods" after a term ending 28 February run to 31 August, not 28 August. The k-th end is
 * counted from the first renewal day at once (k terms), so month-end clamping never drifts from cycle to cycle.
 */

const CALENDAR_UNITS = { day: 'days', week: 'weeks', month: 'months', year: 'years' } as const;

/** The last day of `count` renewal terms beginning the day after `previousEnd`. */
function renewalEnd(
  previousEnd: DateTime,
  term: { amount: number; unit: Period['unit'] },
  count: number,
  calendar: BusinessCalendar,
): DateTime {
  const unit = CALENDAR_UNITS[term.unit as keyof typeof CALENDAR_UNITS];
  if (!unit) return addPeriod(previousEnd, { amount: term.amount * count, unit: term.unit }, calendar).end;
  return previousEnd
    .plus({ days: 1 })
    .plus({ [unit]: term.amount * count })
    .minus({ days: 1 });
}

export interface TermEnd {
  /** 0 for the initial term, k for the k-th renewal term. */
  cycle: number;
  /** The last day of the term at 00:00 in the zone. */
  day: DateTime;
  date: string;
}

const MAX_CYCLES = 200;

/**
 * True when the agreement renews by itself for fixed terms, so there is a next term to avoid.
 * @example renewsAutomatically({ ...term, renewal: { type: 'automatic', term: { amount: 1, unit: 'year', qualifier: null } } }) // true
 */
export const renewsAutomatically = (term: TermInfo): boolean => term.renewal?.type === 'automatic' && (term.renewal.term?.amount ?? 0) > 0;

/**
 * Term ends in order, starting with the first whose last day is on or after `from` (YYYY-MM-DD); at most
 * `count` of them. Empty when the expiration date is unknown; only the initial end when the agreement
 * does not renew automatically.
 * @example termEndsFrom(term, '2021-01-09', 'America/Los_Angeles', calendar, 2).map((t) => t.date) // ['2021-03-01', '2022-03-01']
 */
export function termEndsFrom(term: TermInfo, from: string, zone: string, calendar: BusinessCalendar, count = 2): TermEnd[] {
  if (!term.expirationDate) return [];
  const initial = placeMoment({ date: term.expirationDate, time: null, text: term.expirationDate, start: 0, end: 0 }, zone);
  const out: TermEnd[] = [];
  const renewal = renewsAutomatically(term) ? term.renewal?.term : null;
  for (let cycle = 0; cycle <= MAX_CYCLES && out.length < count; cycle += 1) {
    if (cycle > 0 && (!renewal || renewal.amount === null)) break;
    const day =
      cycle === 0 || !renewal || renewal.amount === null
        ? initial
        : renewalEnd(initial, { amount: renewal.amount, unit: renewal.unit }, cycle, calendar);
    const date = day.toISODate() as string;
    if (date >= from) out.push({ cycle, day, date });
  }
  return out;
}
