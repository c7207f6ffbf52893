/**
 * Review before reminders: the one rule deciding which deadlines drive alerts and which date they use.
 *
 * A computed deadline starts `proposed` (or `confirmed` when the tenant auto-confirms). Only a deadline a person
 * has confirmed — or corrected, which confirms their own date — schedules reminders; a dismissed one never
 * does, and a proposed one waits. Records stored before the review step have no review: they were already
 * driving alerts, and silently stopping those reminders could make someone miss a deadline, so they count as
 * confirmed.
 */
import type { AlertRecord, DeadlineRecord, DeadlineReview } from './records.ts';

const LEGACY: DeadlineReview = { status: 'confirmed' };

/**
 * The review of a record, legacy records counting as confirmed.
 * @example reviewOf({ ...record, review: undefined }) // { status: 'confirmed' }
 */
export function reviewOf(record: Pick<DeadlineRecord, 'review'>): DeadlineReview {
  return record.review ?? LEGACY;
}

/**
 * True when the deadline may send reminders: confirmed or corrected by a person (or auto-confirmed).
 * @example drivesAlerts({ status: 'proposed' }) // false
 * @example drivesAlerts({ status: 'corrected', date: '2026-03-01', reason: 'amendment 2' }) // true
 */
export function drivesAlerts(review: DeadlineReview | undefined): boolean {
  const status = (review ?? LEGACY).status;
  return status === 'confirmed' || status === 'corrected';
}

/** True when the calendar shows the deadline: everything but a dismissed one (proposed ones are marked so). */
export function shownInCalendar(review: DeadlineReview | undefined): boolean {
  return (review ?? LEGACY).status !== 'dismissed';
}

/**
 * The date alerts and calendars use: a person's correction replaces the computed date.
 * @example effectiveDate({ date: '2026-03-02', review: { status: 'corrected', date: '2026-02-27' } }) // '2026-02-27'
 */
export function effectiveDate(record: Pick<DeadlineRecord, 'date' | 'review'>): string {
  const review = reviewOf(record);
  return review.status === 'corrected' && review.date ? review.date : record.date;
}

/**
 * The alert job's filter: a scheduled reminder is sent only while its deadline drives alerts. The `passed`
 * marker publishes nothing (it only marks the deadline passed), so it runs whatever the review says.
 * @example alertMayFire({ ...alert, offset: 7, deadline: { ...alert.deadline, review: { status: 'dismissed' } } }) // false
 */
export function alertMayFire(alert: Pick<AlertRecord, 'offset' | 'deadline'>): boolean {
  return alert.offset === 'passed' || drivesAlerts(alert.deadline.review);
}
