import type { DateTime } from 'luxon';
import type { Unit } from '../domain/types.ts';
import type { BusinessCalendar } from '../time/business-calendar.ts';
import { daysBetween } from '../time/calendar-date.ts';

/**
 * How much notice was missing, in the period's own unit where that unit is exact: hours for hour periods,
 * business days for business-day periods, calendar days otherwise. Weeks, months and years are shown in
 * days because a shortfall of "0.9 months" would flatten a month into days — the thing we never do.
 * @example shortfall(effective, earliest, { unit: 'day' }, calendar) // { amount: 29, unit: 'day' }
 */
export function shortfall(effective: DateTime, earliest: DateTime, unit: Unit, calendar: BusinessCalendar): { amount: number; unit: Unit } {
  if (unit === 'hour') {
    return { amount: Math.max(1, Math.ceil(earliest.diff(effective, 'hours').hours)), unit: 'hour' };
  }
  if (unit === 'business-day') {
    let count = 0;
    // Counts the business days after the effective day up to and including the earliest day.
    for (let day = calendar.nextBusinessDay(effective); daysBetween(day, earliest) >= 0; day = calendar.nextBusinessDay(day)) count += 1;
    return { amount: Math.max(1, count), unit: 'business-day' };
  }
  return { amount: Math.max(1, daysBetween(effective, earliest)), unit: 'day' };
}
