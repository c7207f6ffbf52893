import type { DateTime } from 'luxon';
import type { Provision } from '../domain/types.ts';
import type { BusinessCalendar } from '../time/business-calendar.ts';
import { latestNoticeDay } from '../time/count-backward.ts';

/**
 * The first day of a notice window ("nor more than one hundred twenty (120) days before the end of the term"):
 * the day from which the far period, counted forward, reaches the end exactly. It is never moved off a
 * weekend: a window's opening is not a last day for doing an act (rule notice-window).
 * @example windowOpening({ ...provision, noEarlierThan: { amount: 120, unit: 'day', qualifier: 'not-more-than' } }, end, calendar)?.date
 * // '2026-09-02' for a term ending 2026-12-31
 */
export function windowOpening(provision: Provision, end: DateTime, calendar: BusinessCalendar): { day: DateTime; date: string } | null {
  const far = provision.noEarlierThan;
  if (!far || far.amount === null) return null;
  const day = latestNoticeDay(end, { amount: far.amount, unit: far.unit, clear: far.clear }, calendar).end;
  return { day, date: day.toISODate() as string };
}
