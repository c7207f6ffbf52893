import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { addPeriod } from '../../lib/time/add-period.ts';
import { createBusinessCalendar } from '../../lib/time/business-calendar.ts';
import { latestNoticeDay } from '../../lib/time/count-backward.ts';
import { deemedReceipt } from '../../lib/time/deemed-receipt.ts';
import { adjustLastDay } from '../../lib/time/last-day.ts';
import { placeMoment, toIsoWithOffset } from '../../lib/time/moments.ts';
import { chooseZone } from '../../lib/time/zones.ts';
import type { Unit } from '../../lib/domain/types.ts';
import { LA, LONDON, NY } from './support.ts';

/**
 * Results must never depend on the zone of the machine that computes them. The whole suite is also
 * run under TZ=Pacific/Chatham (UTC+12:45/+13:45, the largest odd offset) and TZ=UTC; this test
 * additionally switches the process zone (Node applies a change of process.env.TZ at once) and
 * luxon's default zone, rebuilding holiday calendars under each, and compares every result.
 */
function battery(): string[] {
  const ny = createBusinessCalendar('US-NY');
  const gb = createBusinessCalendar('GB');
  const ca = createBusinessCalendar('US-CA');
  const sent = placeMoment({ date: '2021-01-09', time: '18:07', zoneLabel: 'PST', text: '', start: 0, end: 0 }, LA);
  const out = [
    toIsoWithOffset(sent),
    addPeriod(sent, { amount: 30, unit: 'day' }, ca).lastDay,
    toIsoWithOffset(addPeriod(DateTime.fromISO('2021-03-13T03:00', { zone: LA }), { amount: 24, unit: 'hour' }, ca).end),
    addPeriod(DateTime.fromISO('2024-01-31', { zone: NY }), { amount: 1, unit: 'month' }, ny).lastDay,
    addPeriod(DateTime.fromISO('2024-12-20T23:30', { zone: NY }), { amount: 10, unit: 'business-day' }, ny).lastDay,
    addPeriod(DateTime.fromISO('2021-12-24T23:30', { zone: LONDON }), { amount: 3, unit: 'business-day' }, gb).lastDay,
    latestNoticeDay(DateTime.fromISO('2024-12-31', { zone: NY }), { amount: 3, unit: 'month' }, ny).lastDay,
    toIsoWithOffset(
      deemedReceipt(
        DateTime.fromISO('2024-03-08T17:30', { zone: NY }),
        'email',
        [{ method: 'email', rule: 'when-sent', cutoff: '17:00' }],
        ny,
      ).receivedAt,
    ),
    toIsoWithOffset(adjustLastDay(DateTime.fromISO('2021-12-25', { zone: LONDON }), gb, true).date),
    chooseZone({ jurisdiction: 'US-TX', defaultZone: 'UTC' }).zone,
  ];
  for (let day = 0; day < 40; day += 1) {
    const trigger = DateTime.fromISO('2024-11-20T23:45', { zone: NY }).plus({ days: day });
    out.push(addPeriod(trigger, { amount: 3, unit: 'business-day' }, ny).lastDay, String(ny.isBusinessDay(trigger)));
  }
  return out;
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
  Settings.defaultZone = 'system';
  Settings.resetCaches();
});

describe('results never depend on the machine zone', () => {
  it('gives the same dates under UTC, Pacific/Chatham, Los Angeles, Kolkata and Kiritimati', () => {
    process.env.TZ = 'UTC';
    Settings.resetCaches();
    const baseline = battery();
    expect(baseline[1]).toBe('2021-02-08');
    for (const zone of ['Pacific/Chatham', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      Settings.defaultZone = zone;
      Settings.resetCaches();
      expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(), `process zone switched to ${zone}`).not.toBe(0);
      expect(battery(), `under ${zone}`).toEqual(baseline);
    }
  });
});

function useMachineZone(zone: string): void {
  process.env.TZ = zone;
  Settings.defaultZone = zone;
  Settings.resetCaches();
}

describe('property: the machine zone never changes a computed period', () => {
  it('addPeriod and latestNoticeDay agree under UTC and Pacific/Chatham for random inputs', () => {
    const ny = createBusinessCalendar('US-NY');
    const compute = (trigger: string, zone: string, unit: Unit, amount: number): string => {
      const dt = DateTime.fromISO(trigger, { zone });
      const forward = addPeriod(dt, { amount, unit }, ny);
      const backward = latestNoticeDay(dt, { amount, unit }, ny);
      return `${toIsoWithOffset(forward.end)} ${toIsoWithOffset(backward.end)} ${forward.clamped} ${backward.clamped}`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 8 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.constantFrom(NY, LA, LONDON, 'Australia/Lord_Howe', 'UTC'),
        fc.constantFrom<Unit>('hour', 'day', 'business-day', 'week', 'month', 'year'),
        fc.integer({ min: 0, max: 45 }),
        (day, minute, zone, unit, amount) => {
          const trigger = DateTime.fromISO('2019-01-01T00:00', { zone: 'UTC' })
            .plus({ days: day, minutes: minute })
            .toISO({ includeOffset: false }) as string;
          useMachineZone('UTC');
          const inUtc = compute(trigger, zone, unit, amount);
          useMachineZone('Pacific/Chatham');
          expect(compute(trigger, zone, unit, amount)).toBe(inUtc);
        },
      ),
      { numRuns: 40 },
    );
  });
});
