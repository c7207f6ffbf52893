import { DateTime } from 'luxon';
import { NoticeCheckError } from '../errors.ts';

/**
 * Day-level arithmetic without zones. A "calendar date" is represented as a luxon DateTime at
 * 00:00 UTC carrying only year/month/day meaning; adding days to it can never be disturbed by a
 * daylight-saving change or by the machine's zone. Dates are placed back into a real zone only at
 * the end, with `startOfDayIn`.
 */

/**
 * The wall-clock date of `dt` in its own zone, as a zone-free calendar date.
 * @example calendarDateOf(DateTime.fromISO('2024-12-25T22:00', { zone: 'America/New_York' })).toISODate() // '2024-12-25' (already the 26th in UTC)
 */
export function calendarDateOf(dt: DateTime): DateTime {
  assertValid(dt);
  return DateTime.fromObject({ year: dt.year, month: dt.month, day: dt.day }, { zone: 'UTC' });
}

/**
 * The first instant of a calendar date in `zone`. Where midnight does not exist (a zone that
 * springs forward at 00:00), luxon moves forward to the first valid wall time of that day.
 * @example startOfDayIn(calendarDateOf(DateTime.fromISO('2021-03-14', { zone: 'UTC' })), 'America/Los_Angeles').toISO()
 * // '2021-03-14T00:00:00.000-08:00'
 */
export function startOfDayIn(date: DateTime, zone: string): DateTime {
  const placed = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
  if (!placed.isValid) {
    throw new NoticeCheckError('UNKNOWN_ZONE', `Unknown time zone "${zone}"; use an IANA name such as America/New_York.`);
  }
  return placed;
}

/**
 * The last millisecond of a calendar date in `zone` (23:59:59.999 local).
 * @example endOfDayIn(calendarDateOf(DateTime.fromISO('2021-02-08', { zone: 'UTC' })), 'America/Los_Angeles').toISO() // '2021-02-08T23:59:59.999-08:00'
 */
export function endOfDayIn(date: DateTime, zone: string): DateTime {
  return startOfDayIn(date, zone).endOf('day');
}

/**
 * Whole calendar days from `a` to `b` (positive when b is later), by wall-clock dates in each one's zone.
 * @example daysBetween(DateTime.fromISO('2021-01-10T23:59', { zone: 'America/Los_Angeles' }), DateTime.fromISO('2021-02-08', { zone: 'America/Los_Angeles' })) // 29
 */
export function daysBetween(a: DateTime, b: DateTime): number {
  return Math.round(calendarDateOf(b).diff(calendarDateOf(a), 'days').days);
}

/**
 * Throws INVALID_DATE for an invalid luxon DateTime, with luxon's reason.
 * @example assertValid(DateTime.fromISO('2021-02-30')) // throws NoticeCheckError INVALID_DATE
 */
export function assertValid(dt: DateTime): void {
  if (!dt.isValid) {
    throw new NoticeCheckError('INVALID_DATE', `Invalid date: ${dt.invalidExplanation ?? dt.invalidReason ?? 'unknown reason'}.`);
  }
}
