import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './business-calendar.ts';
import { addPeriod, assertCountable, type CountedPeriod, type PeriodResult } from './add-period.ts';
import { assertValid, calendarDateOf, endOfDayIn, startOfDayIn } from './calendar-date.ts';

/**
 * The latest day on which notice may be received under "no less than N <units> before the end of
 * the then-current term" (rule `count-backward`). Convention: `end` is the last day of the term
 * (31 December for a calendar-year term, not 1 January); that day counts as the last day of the
 * notice period and the day of receipt is excluded, exactly as when counting forward. The result
 * is therefore the latest day d for which `addPeriod(d, period)` still ends on or before `end`, so a
 * notice received on it is always sufficient and one received a day later never is:
 * - 31 December − 30 days → 1 December; − 3 months → 30 September (clamped, no 31 September);
 * - where `end` is the last day of a short month, several days give a full month under the
 *   corresponding-date rule (28, 29, 30 and 31 January + 1 month all end on 28 February 2023); the
 *   latest, 31 January, is returned and a note names the most cautious day;
 * - business days: the nth business day before the last business day on or before `end`.
 * For hours, `end` is the instant the term ends and the result is n elapsed hours earlier.
 * The result's `end`/`lastDay`/`endsAt` describe the notice day (00:00, date, 23:59:59.999).
 * @example latestNoticeDay(DateTime.fromISO('2024-12-31', { zone: 'America/New_York' }), { amount: 30, unit: 'day' }, businessCalendar('US-NY')).lastDay
 * // '2024-12-01'
 */
export function latestNoticeDay(end: DateTime, period: CountedPeriod, calendar: BusinessCalendar): PeriodResult {
  assertValid(end);
  assertCountable(period);
  const zone = end.zoneName ?? 'UTC';
  if (period.unit === 'hour') {
    const at = end.minus({ hours: period.amount });
    return {
      end: at,
      lastDay: at.toISODate() as string,
      endsAt: at,
      rules: ['count-backward', 'hours-from-receipt'],
      clamped: false,
      notes: [],
    };
  }
  const endDay = calendarDateOf(end).toISODate() as string;
  const fits = (day: DateTime) => addPeriod(startOfDayIn(day, zone), period, calendar).lastDay <= endDay;
  let day = naiveBackward(calendarDateOf(end), period, calendar, zone);
  // The naive step is at most a few days off (clamps, holidays); settle on the latest day that fits.
  while (!fits(day)) day = day.minus({ days: 1 });
  while (fits(day.plus({ days: 1 }))) day = day.plus({ days: 1 });
  let earliestFitting = day;
  while (fits(earliestFitting.minus({ days: 1 })) && sameForward(earliestFitting.minus({ days: 1 }), day, period, calendar, zone)) {
    earliestFitting = earliestFitting.minus({ days: 1 });
  }
  const forward = addPeriod(startOfDayIn(day, zone), period, calendar);
  const notes = [...forward.notes];
  const endDate = calendarDateOf(end);
  // Counting months back from 31 December lands on a month without a 31st: that is a clamp too.
  const clamped = forward.clamped || ((period.unit === 'month' || period.unit === 'year') && day.day !== endDate.day);
  const rules = ['count-backward' as const, ...forward.rules];
  if (clamped && !rules.includes('month-end-clamp')) rules.push('month-end-clamp');
  if (!earliestFitting.equals(day)) {
    notes.push(
      `Notice received on any day from ${earliestFitting.toISODate()} to ${day.toISODate()} gives the full period ending ${endDay}; ${day.toISODate()} is the latest, ${earliestFitting.toISODate()} the most cautious.`,
    );
  }
  return {
    end: startOfDayIn(day, zone),
    lastDay: day.toISODate() as string,
    endsAt: endOfDayIn(day, zone),
    rules,
    clamped,
    notes,
  };
}

function naiveBackward(end: DateTime, period: CountedPeriod, calendar: BusinessCalendar, zone: string): DateTime {
  switch (period.unit) {
    case 'week':
      return end.minus({ days: 7 * period.amount });
    case 'month':
      return end.minus({ months: period.amount });
    case 'year':
      return end.minus({ years: period.amount });
    case 'business-day': {
      // The nth business day before the last business day on or before `end`; the days up to the
      // next business day after it (a weekend) give the same last day and are found by the caller.
      let day = startOfDayIn(end, zone);
      if (!calendar.isBusinessDay(day)) day = calendar.previousBusinessDay(day);
      for (let i = 0; i < period.amount; i += 1) day = calendar.previousBusinessDay(day);
      return calendarDateOf(day);
    }
    default:
      return end.minus({ days: period.amount });
  }
}

/** True when notice on `a` and on `b` give periods that end on the same day (the clamp's plateau). */
function sameForward(a: DateTime, b: DateTime, period: CountedPeriod, calendar: BusinessCalendar, zone: string): boolean {
  return addPeriod(startOfDayIn(a, zone), period, calendar).lastDay === addPeriod(startOfDayIn(b, zone), period, calendar).lastDay;
}
