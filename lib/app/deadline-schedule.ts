/**
 * Turns deadlines into stored records and their scheduled alerts. An alert falls due at the start of the
 * local day — in the deadline's own zone — `offset` days before the deadline's date; `passed` falls due
 * when the deadline's last day is over and marks it passed.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Deadline } from '../domain/types.ts';
import { drivesAlerts, effectiveDate } from './deadline-review.ts';
import type { AlertRecord, DeadlineRecord } from './records.ts';

/** Same kind, date, time and section → same id, whichever document produced it. */
export function deadlineId(deadline: Deadline): string {
  const identity = [deadline.kind, deadline.date, deadline.at ?? '', deadline.section ?? ''].join('|');
  return createHash('sha256').update(identity).digest('hex').slice(0, 20);
}

/** The instant the deadline is over: its stated instant, else the end of its last day in its zone. */
export function deadlineEnds(deadline: Deadline): DateTime {
  if (deadline.at) return DateTime.fromISO(deadline.at, { setZone: true });
  return DateTime.fromISO(deadline.date, { zone: deadline.zone }).plus({ days: 1 }).startOf('day');
}

export function toDeadlineRecord(
  deadline: Deadline,
  ids: { tenantId: string; contractId: string; sourceDocumentId: string },
  now: string,
): DeadlineRecord {
  const passed = deadlineEnds(deadline).toMillis() <= Date.parse(now);
  return { ...deadline, ...ids, deadlineId: deadlineId(deadline), status: passed ? 'PASSED' : 'UPCOMING' };
}

/**
 * The alerts to schedule for a deadline: every offset still ahead, plus the latest one already due (a
 * deadline learnt five days ahead is announced at once by its 7-day alert), plus the `passed` marker.
 * Reminders count back from the corrected date where a person corrected it; a deadline still proposed, or
 * dismissed, gets only the `passed` marker (lib/app/deadline-review.ts).
 * @example scheduleAlerts(record, [30, 14, 7, 1, 0], '2025-03-26T12:00:00Z') // offsets 7, 1, 0 and 'passed' for a 2025-03-31 deadline
 */
export function scheduleAlerts(record: DeadlineRecord, offsets: number[], now: string): AlertRecord[] {
  if (record.status === 'PASSED') return [];
  const nowMs = Date.parse(now);
  const date = effectiveDate(record);
  const day = DateTime.fromISO(date, { zone: record.zone }).startOf('day');
  const deadline: AlertRecord['deadline'] = {
    kind: record.kind,
    date,
    // A corrected day ends at midnight in the deadline's zone: the computed instant belonged to the old day.
    at: date === record.date ? record.at : null,
    zone: record.zone,
    section: record.section,
    text: record.text,
    ...(record.review ? { review: record.review } : {}),
  };
  const base = { tenantId: record.tenantId, contractId: record.contractId, deadlineId: record.deadlineId, deadline, handledAt: null };
  const candidates = (drivesAlerts(record.review) ? offsets : [])
    .map((offset) => ({ offset, dueAt: day.minus({ days: offset }) }))
    .sort((a, b) => a.dueAt.toMillis() - b.dueAt.toMillis());
  const ahead = candidates.filter((c) => c.dueAt.toMillis() > nowMs);
  const latestDue = candidates.filter((c) => c.dueAt.toMillis() <= nowMs).at(-1);
  const chosen = latestDue ? [latestDue, ...ahead] : ahead;
  const alerts: AlertRecord[] = chosen.map(({ offset, dueAt }) => ({ ...base, offset, dueAt: dueAt.toUTC().toISO() ?? '' }));
  alerts.push({ ...base, offset: 'passed', dueAt: deadlineEnds(deadline).toUTC().toISO() ?? '' });
  return alerts;
}
