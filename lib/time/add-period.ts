import type { DateTime } from 'luxon';
import type { Unit } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { assertValid, calendarDateOf, endOfDayIn, startOfDayIn } from './calendar-date.ts';
import type { RuleId } from './rules.ts';

export interface CountedPeriod {
  amount: number;
  unit: Unit;
  /** "thirty (30) clear days": the last day of the period is not counted either (rule `clear-days`). */
  clear?: boolean;
}

export interface PeriodResult {
  /**
   * The last day of the period at 00:00 in the trigger's zone (day, business-day, week, month and
   * year units), or the exact instant the period ends (hours).
   */
  end: DateTime;
  /** The last day as YYYY-MM-DD in the trigger's zone. */
  lastDay: string;
  /** The last instant of the period: 23:59:59.999 on the last day, or `end` for hours. */
  endsAt: DateTime;
  rules: RuleId[];
  /** True when the end-of-month clamp changed the day (31 January + 1 month → 29 February). */
  clamped: boolean;
  notes: string[];
}

/**
 * Counts a contractual period forward from a trigger such as receipt of notice.
 * - days (`calendar-days`): the trigger's day is excluded, the last day included — trigger
 *   9 January + 30 days ends on 8 February;
 * - business days (`business-days`/`bank-business-days`): the nth business day after the trigger's
 *   day, skipping weekends and the calendar's holidays;
 * - weeks (`weeks`): seven calendar days each;
 * - months and years (`calendar-months`/`calendar-years`): the same day number n months later,
 *   clamped to the month's last day where it has no such day (`month-end-clamp`);
 * - clear days (`clear-days`): "30 clear days" leaves out the last day as well, so it ends a day later;
 * - hours (`hours-from-receipt`): n elapsed hours from the trigger's instant. We count real elapsed
 *   hours, not wall-clock hours: "24 hours" across the spring-forward night ends at 01:00 the next
 *   day by the clock, because a period in hours measures time that passes, and an hour that never
 *   happened cannot be part of the notice.
 * Day arithmetic is on wall-clock dates in the trigger's zone, so daylight saving and the machine's
 * zone play no part. A last day on a weekend or holiday is not moved here: see `adjustLastDay`.
 * Throws INVALID_INPUT for a negative or fractional amount and INVALID_DATE for an invalid trigger.
 * @example addPeriod(DateTime.fromISO('2024-01-31', { zone: 'America/New_York' }), { amount: 1, unit: 'month' }, businessCalendar('US-NY')).lastDay
 * // '2024-02-29' (clamped: true)
 * @example addPeriod(DateTime.fromISO('2021-01-09T18:07', { zone: 'America/Los_Angeles' }), { amount: 30, unit: 'day' }, businessCalendar('US-CA')).lastDay
 * // '2021-02-08'
 */
export function addPeriod(trigger: DateTime, period: CountedPeriod, calendar: BusinessCalendar): PeriodResult {
  assertValid(trigger);
  assertCountable(period);
  const zone = trigger.zoneName ?? 'UTC';
  const { amount, unit } = period;
  if (unit === 'hour') {
    const end = trigger.plus({ hours: amount });
    return { end, lastDay: end.toISODate() as string, endsAt: end, rules: ['hours-from-receipt'], clamped: false, notes: [] };
  }
  const day = calendarDateOf(trigger);
  const notes: string[] = [];
  let last: DateTime;
  let rules: RuleId[];
  let clamped = false;
  switch (unit) {
    case 'day':
      last = day.plus({ days: amount });
      rules = ['calendar-days'];
      break;
    case 'week':
      last = day.plus({ days: 7 * amount });
      rules = ['weeks', 'calendar-days'];
      break;
    case 'business-day': {
      last = day;
      for (let i = 0; i < amount; i += 1) last = calendarDateOf(calendar.nextBusinessDay(last));
      rules = [calendar.banks ? 'bank-business-days' : 'business-days'];
      notes.push(...calendar.notes);
      break;
    }
    case 'month':
    case 'year': {
      // luxon's calendar math keeps the day number and clamps to the month's end, which is the
      // corresponding-date rule; the clamp is reported because it shortens the period.
      last = unit === 'month' ? day.plus({ months: amount }) : day.plus({ years: amount });
      rules = [unit === 'month' ? 'calendar-months' : 'calendar-years'];
      clamped = last.day !== day.day;
      if (clamped) {
        rules.push('month-end-clamp');
        notes.push(`${last.toFormat('LLLL yyyy')} has no day ${day.day}; the period ends on its last day, ${last.toISODate()}.`);
      }
      break;
    }
    default:
      throw new NoticeCheckError('INVALID_INPUT', `Unknown unit of time "${String(unit)}".`);
  }
  // Clear days leave the day of the action out as well: N whole days lie between the two events, so the
  // action may first take effect the day after the Nth (business) day.
  if (period.clear && (unit === 'day' || unit === 'business-day' || unit === 'week')) {
    last = last.plus({ days: 1 });
    rules.push('clear-days');
  }
  return {
    end: startOfDayIn(last, zone),
    lastDay: last.toISODate() as string,
    endsAt: endOfDayIn(last, zone),
    rules,
    clamped,
    notes,
  };
}

/**
 * Throws INVALID_INPUT unless the amount is a whole number of units, zero or more (and not absurdly large).
 * @example assertCountable({ amount: 1.5, unit: 'day' }) // throws NoticeCheckError INVALID_INPUT
 */
export function assertCountable(period: CountedPeriod): void {
  if (!Number.isInteger(period.amount) || period.amount < 0) {
    throw new NoticeCheckError(
      'INVALID_INPUT',
      `A period must be a whole number of units, zero or more; got ${String(period.amount)} ${period.unit}.`,
      {
        details: { amount: period.amount, unit: period.unit },
      },
    );
  }
  if (period.amount > 10_000) {
    throw new NoticeCheckError('INVALID_INPUT', `A period of ${period.amount} ${period.unit}s is too long to count.`);
  }
}
