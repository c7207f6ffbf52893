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

export interface LawOnLastDay {
  /** The governing law moves a contractual last day on a weekend or public holiday to the next business day. */
  moves: boolean;
  authority: string | null;
}

/**
 * Governing laws known to move a contractual deadline that ends on a Saturday, Sunday or public
 * holiday. New York does, for "the performance of a condition within or before or after a period of
 * time computed from a certain day", unless the contract indicates a different intent (N.Y. Gen.
 * Constr. Law § 25; § 25-a does the same for statutory periods). The rule concerns the last day for
 * doing an act — giving notice, curing, paying — not the day on which a notice takes effect. Elsewhere
 * nothing is assumed: the common law does not move the day (England: no general rule for contracts).
 * @example governingLawMovesLastDay('US-NY') // { moves: true, authority: 'N.Y. Gen. Constr. Law § 25' }
 * @example governingLawMovesLastDay('GB') // { moves: false, authority: null }
 */
export function governingLawMovesLastDay(jurisdiction: string | null): LawOnLastDay {
  if (jurisdiction?.trim().toUpperCase() === 'US-NY') return { moves: true, authority: 'N.Y. Gen. Constr. Law § 25' };
  return { moves: false, authority: null };
}

/**
 * Applies the weekend-and-holiday rule to the last day of a period. By default (`rollForward`
 * false, rule `last-day-no-roll`) the day stays put: the common law does not move a contractual
 * deadline, and rules that do (N.Y. Gen. Constr. Law § 25, see `governingLawMovesLastDay`;
 * Fed. R. Civ. P. 6(a)(1)(C) in federal court) apply only where they govern — the caller decides from
 * the agreement or the governing law, and only for a last day for doing an act. With
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
