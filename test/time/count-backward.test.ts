import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../lib/domain/types.ts';
import { addPeriod } from '../../lib/time/add-period.ts';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { latestNoticeDay } from '../../lib/time/count-backward.ts';
import { toIsoWithOffset } from '../../lib/time/moments.ts';
import { LA, NY, at } from './support.ts';

const ny = businessCalendar('US-NY');

describe('latestNoticeDay: "no less than N before the end of the then-current term"', () => {
  const cases: Array<{ name: string; end: string; amount: number; unit: Unit; latest: string; clamped?: boolean }> = [
    {
      name: 'thirty days before a term ending 31 December: received by 1 December',
      end: '2024-12-31',
      amount: 30,
      unit: 'day',
      latest: '2024-12-01',
    },
    { name: 'ninety days before a term ending 30 June', end: '2025-06-30', amount: 90, unit: 'day', latest: '2025-04-01' },
    {
      name: 'sixty days before a term ending 1 March 2024 crosses the leap day',
      end: '2024-03-01',
      amount: 60,
      unit: 'day',
      latest: '2024-01-01',
    },
    {
      name: 'three months before 31 December: 30 September (no 31 September)',
      end: '2024-12-31',
      amount: 3,
      unit: 'month',
      latest: '2024-09-30',
      clamped: true,
    },
    { name: 'one month before 15 March: 15 February', end: '2024-03-15', amount: 1, unit: 'month', latest: '2024-02-15' },
    {
      name: 'one month before 28 February 2023: 31 January (any of 28–31 January ends on 28 February)',
      end: '2023-02-28',
      amount: 1,
      unit: 'month',
      latest: '2023-01-31',
      clamped: true,
    },
    {
      name: 'one month before 29 February 2024: 31 January',
      end: '2024-02-29',
      amount: 1,
      unit: 'month',
      latest: '2024-01-31',
      clamped: true,
    },
    {
      name: 'one year before 28 February 2025: 29 February 2024',
      end: '2025-02-28',
      amount: 1,
      unit: 'year',
      latest: '2024-02-29',
      clamped: true,
    },
    { name: 'two weeks before 14 January: 31 December', end: '2025-01-14', amount: 2, unit: 'week', latest: '2024-12-31' },
    {
      name: 'five business days before Sunday 29 December skip Christmas',
      end: '2024-12-29',
      amount: 5,
      unit: 'business-day',
      latest: '2024-12-19',
    },
    {
      name: 'ten business days before 7 January skip New Year and Christmas',
      end: '2025-01-07',
      amount: 10,
      unit: 'business-day',
      latest: '2024-12-22',
    },
  ];
  it.each(cases)('$name', ({ end, amount, unit, latest, clamped }) => {
    const result = latestNoticeDay(at(end, NY), { amount, unit }, ny);
    expect(result.lastDay).toBe(latest);
    expect(result.end.toISODate()).toBe(latest);
    expect(result.rules[0]).toBe('count-backward');
    expect(result.clamped).toBe(clamped ?? false);
    // the latest day is sufficient and the next day is not
    expect(addPeriod(result.end, { amount, unit }, ny).lastDay <= end).toBe(true);
    expect(addPeriod(result.end.plus({ days: 1 }), { amount, unit }, ny).lastDay > end).toBe(true);
  });

  it('names the most cautious day where the month-end clamp makes several days sufficient', () => {
    const result = latestNoticeDay(at('2023-02-28', NY), { amount: 1, unit: 'month' }, ny);
    expect(result.notes).toContain(
      'Notice received on any day from 2023-01-28 to 2023-01-31 gives the full period ending 2023-02-28; 2023-01-31 is the latest, 2023-01-28 the most cautious.',
    );
    expect(result.rules).toEqual(['count-backward', 'calendar-months', 'month-end-clamp']);
  });

  it('counts hours back from the instant the term ends', () => {
    const result = latestNoticeDay(at('2021-03-14T12:00', LA), { amount: 24, unit: 'hour' }, ny);
    expect(toIsoWithOffset(result.end)).toBe('2021-03-13T11:00:00-08:00');
    expect(result.rules).toEqual(['count-backward', 'hours-from-receipt']);
  });

  it('rejects a negative period with INVALID_INPUT', () => {
    expect(() => latestNoticeDay(at('2024-12-31', NY), { amount: -30, unit: 'day' }, ny)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

const ends = fc.integer({ min: 0, max: 365 * 10 }).map((day) => at('2019-01-01', NY).plus({ days: day }));

describe('latestNoticeDay properties', () => {
  it('round-trips with addPeriod for calendar days: the latest day plus N days is the end', () => {
    fc.assert(
      fc.property(ends, fc.integer({ min: 0, max: 400 }), (end, n) => {
        const latest = latestNoticeDay(end, { amount: n, unit: 'day' }, ny);
        expect(addPeriod(latest.end, { amount: n, unit: 'day' }, ny).lastDay).toBe(end.toISODate());
      }),
      { numRuns: 200 },
    );
  });

  it('for every unit, notice on the latest day suffices and notice a day later never does', () => {
    fc.assert(
      fc.property(
        ends,
        fc.constantFrom<Unit>('day', 'business-day', 'week', 'month', 'year'),
        fc.integer({ min: 0, max: 40 }),
        (end, unit, n) => {
          const latest = latestNoticeDay(end, { amount: n, unit }, ny);
          expect(addPeriod(latest.end, { amount: n, unit }, ny).lastDay <= end.toISODate()!).toBe(true);
          expect(addPeriod(latest.end.plus({ days: 1 }), { amount: n, unit }, ny).lastDay > end.toISODate()!).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
