import { DateTime } from 'luxon';
import type { Deadline, DeadlineKind } from '../domain/types.ts';

/**
 * The words of a deadline alert, computed at the moment it is sent: a reminder scheduled for seven days
 * before but sent late (a catch-up run) states the days actually left, and on the day itself says "today".
 */

const TITLES: Record<DeadlineKind, string> = {
  'non-renewal-notice': 'Last day to give notice of non-renewal',
  'term-end': 'Term ends',
  'cure-period-end': 'Cure period ends',
  'termination-effective': 'Termination takes effect',
  'suspension-effective': 'Suspension takes effect',
  'extension-notice': 'Last day to exercise the option to renew or extend',
  'statutory-reminder': "Last day for the provider's renewal reminder",
};

/**
 * A deadline kind as a plain title.
 * @example deadlineTitle('non-renewal-notice') // 'Last day to give notice of non-renewal'
 */
export const deadlineTitle = (kind: DeadlineKind): string => TITLES[kind] ?? 'Contract deadline';

export interface AlertText {
  subject: string;
  summary: string;
  /** Calendar days from the sending day to the deadline's day, both in the deadline's zone. */
  daysRemaining: number;
}

/**
 * "today", "tomorrow", "in 5 days".
 * @example whenWords(0) // 'today'
 */
export const whenWords = (days: number): string => (days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);

/**
 * Subject and summary of an alert for `deadline`, sent at `sentAt`. The day used is the safe date where the
 * readings of the agreement differ (the earliest any reading allows), so a reminder is never late.
 * @example alertText({ kind: 'term-end', date: '2025-06-30', at: null, zone: 'UTC', section: '4.1' }, 'c-1', new Date('2025-06-30T09:00:00Z')).subject
 * // 'Term ends today (Monday 30 June 2025) — contract c-1'
 */
export function alertText(deadline: Deadline, contractId: string, sentAt: Date): AlertText {
  const dayText = deadline.safeDate ?? deadline.date;
  const day = DateTime.fromISO(dayText, { zone: deadline.zone, locale: 'en-GB' });
  const today = DateTime.fromJSDate(sentAt, { zone: deadline.zone }).startOf('day');
  const daysRemaining = Math.round(day.startOf('day').diff(today, 'days').days);
  const when = whenWords(daysRemaining);
  const localDate = day.toFormat('cccc d LLLL yyyy');
  const title = deadlineTitle(deadline.kind);
  const section = deadline.section ? `, under section ${deadline.section}` : '';
  // A notice window: a reminder sent before it opens must say so, or the notice is sent too early to count.
  const window =
    deadline.notBefore && DateTime.fromISO(deadline.notBefore, { zone: deadline.zone }) > today
      ? ` The notice must not be received before ${DateTime.fromISO(deadline.notBefore, { zone: deadline.zone, locale: 'en-GB' }).toFormat('cccc d LLLL yyyy')}: the agreement allows it only inside a window.`
      : '';
  const later = deadline.safeDate && deadline.safeDate !== deadline.date ? ` (on another reading of the agreement, ${deadline.date})` : '';
  return {
    subject: `${title} ${when} (${localDate}) — contract ${contractId}`,
    summary: `${title} ${when}, on ${localDate} (${deadline.zone})${later}${section}, contract ${contractId}.${window}`,
    daysRemaining,
  };
}
