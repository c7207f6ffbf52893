import { describe, expect, it } from 'vitest';
import { deadlineEnds, deadlineId, scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { Deadline } from '../../lib/domain/types.ts';

const notice: Deadline = {
  kind: 'non-renewal-notice',
  date: '2025-03-31',
  at: null,
  zone: 'America/Chicago',
  section: '2.2',
  text: 'at least sixty (60) days prior',
};
const ids = { tenantId: 't', contractId: 'c', sourceDocumentId: 'a' };
const OFFSETS = [30, 14, 7, 1, 0];

describe('scheduleAlerts', () => {
  it('alerts fall due at local midnight in the deadline’s zone, 30/14/7/1/0 days before', () => {
    const alerts = scheduleAlerts(toDeadlineRecord(notice, ids, '2025-01-01T00:00:00Z'), OFFSETS, '2025-01-01T00:00:00Z');
    expect(alerts.map((a) => [a.offset, a.dueAt])).toEqual([
      [30, '2025-03-01T06:00:00.000Z'], // CST
      [14, '2025-03-17T05:00:00.000Z'], // CDT from 2025-03-09
      [7, '2025-03-24T05:00:00.000Z'],
      [1, '2025-03-30T05:00:00.000Z'],
      [0, '2025-03-31T05:00:00.000Z'],
      ['passed', '2025-04-01T05:00:00.000Z'],
    ]);
  });

  it('a deadline learnt five days ahead keeps only the latest offset already due, then the ones ahead', () => {
    const now = '2025-03-26T12:00:00Z';
    const alerts = scheduleAlerts(toDeadlineRecord(notice, ids, now), OFFSETS, now);
    expect(alerts.map((a) => a.offset)).toEqual([7, 1, 0, 'passed']);
  });

  it('a deadline already over is recorded PASSED and schedules nothing', () => {
    const now = '2025-04-01T05:00:00Z';
    const record = toDeadlineRecord(notice, ids, now);
    expect(record.status).toBe('PASSED');
    expect(scheduleAlerts(record, OFFSETS, now)).toEqual([]);
  });

  it('a stated instant is when the deadline ends', () => {
    const at: Deadline = {
      ...notice,
      kind: 'suspension-effective',
      date: '2021-01-10',
      at: '2021-01-10T23:59:00-08:00',
      zone: 'America/Los_Angeles',
    };
    expect(deadlineEnds(at).toUTC().toISO()).toBe('2021-01-11T07:59:00.000Z');
  });
});

describe('deadlineId', () => {
  it('is stable for the same kind, date, time and section, and differs otherwise', () => {
    expect(deadlineId({ ...notice })).toBe(deadlineId({ ...notice, text: 'other words' }));
    expect(deadlineId({ ...notice, date: '2025-04-01' })).not.toBe(deadlineId(notice));
    expect(deadlineId({ ...notice, section: '2.3' })).not.toBe(deadlineId(notice));
  });
});
