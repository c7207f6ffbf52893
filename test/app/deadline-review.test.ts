/** Which deadlines drive reminders, on which date, and what a review decision does to the schedule. */
import { describe, expect, it } from 'vitest';
import { alertMayFire, drivesAlerts, effectiveDate, shownInCalendar } from '../../lib/app/deadline-review.ts';
import { scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { DeadlineRecord, DeadlineReview } from '../../lib/app/records.ts';
import { decide } from '../../lib/app/review-deadline.ts';

const NOW = '2026-01-10T12:00:00Z';
const base = toDeadlineRecord(
  { kind: 'non-renewal-notice', date: '2026-03-02', at: '2026-03-02T17:00:00-08:00', zone: 'America/Los_Angeles', section: '2.2' },
  { tenantId: 'acme', contractId: 'hosting', sourceDocumentId: 'a1' },
  NOW,
);
const reviewed = (review: DeadlineReview | undefined): DeadlineRecord => ({ ...base, review });
const offsets = (record: DeadlineRecord) => scheduleAlerts(record, [30, 14, 7, 1, 0], NOW).map((a) => a.offset);

describe('drivesAlerts', () => {
  it.each([
    ['proposed', false],
    ['confirmed', true],
    ['corrected', true],
    ['dismissed', false],
  ] as const)('a %s deadline drives alerts: %s', (status, expected) => {
    expect(drivesAlerts({ status })).toBe(expected);
  });

  it('a record stored before the review step counts as confirmed, so its reminders are not silently stopped', () => {
    expect(drivesAlerts(undefined)).toBe(true);
  });
});

describe('effectiveDate and the calendar', () => {
  it('a correction replaces the computed date; other decisions keep it', () => {
    expect(effectiveDate(reviewed({ status: 'corrected', date: '2026-02-20', reason: 'amendment' }))).toBe('2026-02-20');
    expect(effectiveDate(reviewed({ status: 'confirmed' }))).toBe('2026-03-02');
    expect(effectiveDate(reviewed({ status: 'dismissed', reason: 'duplicate' }))).toBe('2026-03-02');
  });

  it('only dismissed deadlines leave the calendar', () => {
    expect(shownInCalendar({ status: 'dismissed' })).toBe(false);
    expect(shownInCalendar({ status: 'proposed' })).toBe(true);
  });
});

describe('scheduleAlerts after review', () => {
  it('a proposed or dismissed deadline gets only the passed marker', () => {
    expect(offsets(reviewed({ status: 'proposed' }))).toEqual(['passed']);
    expect(offsets(reviewed({ status: 'dismissed', reason: 'duplicate' }))).toEqual(['passed']);
  });

  it('a confirmed deadline gets every reminder still ahead', () => {
    expect(offsets(reviewed({ status: 'confirmed' }))).toEqual([30, 14, 7, 1, 0, 'passed']);
  });

  it('a corrected deadline is reminded of, and passes, on the corrected day in its own zone', () => {
    const alerts = scheduleAlerts(reviewed({ status: 'corrected', date: '2026-02-20', reason: 'amendment' }), [7], NOW);
    expect(alerts.map((a) => [a.offset, a.dueAt])).toEqual([
      [7, '2026-02-13T08:00:00.000Z'],
      ['passed', '2026-02-21T08:00:00.000Z'],
    ]);
    expect(alerts[0]?.deadline).toMatchObject({ date: '2026-02-20', at: null, review: { status: 'corrected' } });
  });
});

describe('alertMayFire', () => {
  const [alert] = scheduleAlerts(reviewed({ status: 'confirmed' }), [7], NOW);

  it('a reminder of a deadline dismissed after it was scheduled is not sent; the passed marker still runs', () => {
    const dismissed = { ...alert!, deadline: { ...alert!.deadline, review: { status: 'dismissed' as const } } };
    expect(alertMayFire(alert!)).toBe(true);
    expect(alertMayFire(dismissed)).toBe(false);
    expect(alertMayFire({ ...dismissed, offset: 'passed' })).toBe(true);
  });
});

describe('decide', () => {
  it('records who and when, trims the reason, and a correction carries its date', () => {
    expect(decide({ action: 'correct', date: '2026-02-20', reason: '  Amendment 2 ' }, 'ana@example.com', NOW)).toEqual({
      status: 'corrected',
      date: '2026-02-20',
      reason: 'Amendment 2',
      by: 'ana@example.com',
      at: NOW,
    });
    expect(decide({ action: 'confirm' }, 'user-1', NOW)).toEqual({ status: 'confirmed', by: 'user-1', at: NOW });
  });
});
