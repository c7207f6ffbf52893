import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './business-calendar.ts';
import { assertValid } from './calendar-date.ts';
import type { RuleId } from './rules.ts';

export interface LastDayResult {
  date: DateTime;
  rule: RuleId;
  moved: boolean;
  /** Why the day moved ("2024-12-25 is Christmas Day"), or null. */
  reason: string | null;
}

/**
 * Applies the weekend-and-holiday rule to the last day of a period. By default (`rollForward`
 * false, rule `last-day-no-roll`) the day stays put: the common law does not move a contractual
 * deadline, and statutes that do (N.Y. Gen. Constr. Law § 25-a, Fed. R. Civ. P. 6(a)(1)(C)) apply
 * only where they govern — the caller decides that from the agreement or the governing law. With
 * `rollForward` true (rule `last-day-next-business-day`) a last day on a weekend or holiday moves to
 * the next business day, at 00:00 in the same zone.
 * @example adjustLastDay(DateTime.fromISO('2024-12-25', { zone: 'America/New_York' }), businessCalendar('US-NY'), true).date.toISODate()
 * // '2024-12-26' (moved: true)
 */
export function adjustLastDay(date: DateTime, calendar: BusinessCalendar, rollForward: boolean): LastDayResult {
  assertValid(date);
  if (!rollForward) return { date, rule: 'last-day-no-roll', moved: false, reason: null };
  if (calendar.isBusinessDay(date)) return { date, rule: 'last-day-next-business-day', moved: false, reason: null };
  const holiday = calendar.holidayOn(date);
  const reason = `${date.toISODate()} is ${holiday ?? `a ${date.setLocale('en-US').toFormat('cccc')}`}`;
  return { date: calendar.nextBusinessDay(date), rule: 'last-day-next-business-day', moved: true, reason };
}
