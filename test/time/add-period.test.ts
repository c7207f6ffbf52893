import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../lib/domain/types.ts';
import { addPeriod } from '../../lib/time/add-period.ts';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { toIsoWithOffset } from '../../lib/time/moments.ts';
import { LA, LONDON, NY, at } from './support.ts';

const ny = businessCalendar('US-NY');
const gb = businessCalendar('GB');

describe('addPeriod: day-based units (last day, trigger day excluded)', () => {
  const cases: Array<{
    name: string;
    trigger: string;
    zone: string;
    amount: number;
    unit: Unit;
    lastDay: string;
    clamped?: boolean;
    rules: string[];
  }> = [
    {
      name: 'thirty days from receipt on 9 January end on 8 February',
      trigger: '2021-01-09T18:07',
      zone: LA,
      amount: 30,
      unit: 'day',
      lastDay: '2021-02-08',
      rules: ['calendar-days'],
    },
    {
      name: 'one day from receipt is the next day',
      trigger: '2024-03-01T23:59',
      zone: NY,
      amount: 1,
      unit: 'day',
      lastDay: '2024-03-02',
      rules: ['calendar-days'],
    },
    {
      name: 'zero days ends on the trigger day',
      trigger: '2024-03-01',
      zone: NY,
      amount: 0,
      unit: 'day',
      lastDay: '2024-03-01',
      rules: ['calendar-days'],
    },
    {
      name: 'calendar days run through the Los Angeles spring-forward weekend',
      trigger: '2021-03-13T12:00',
      zone: LA,
      amount: 2,
      unit: 'day',
      lastDay: '2021-03-15',
      rules: ['calendar-days'],
    },
    {
      name: 'calendar days run through the London spring-forward weekend',
      trigger: '2021-03-27',
      zone: LONDON,
      amount: 1,
      unit: 'day',
      lastDay: '2021-03-28',
      rules: ['calendar-days'],
    },
    {
      name: 'calendar days run through the London fall-back weekend',
      trigger: '2021-10-30T23:30',
      zone: LONDON,
      amount: 1,
      unit: 'day',
      lastDay: '2021-10-31',
      rules: ['calendar-days'],
    },
    {
      name: 'calendar days cross the leap day of 2024',
      trigger: '2024-02-28',
      zone: NY,
      amount: 2,
      unit: 'day',
      lastDay: '2024-03-01',
      rules: ['calendar-days'],
    },
    {
      name: 'calendar days do not skip a holiday on the last day',
      trigger: '2024-11-25',
      zone: NY,
      amount: 30,
      unit: 'day',
      lastDay: '2024-12-25',
      rules: ['calendar-days'],
    },
    {
      name: 'two weeks are fourteen calendar days',
      trigger: '2024-12-20',
      zone: NY,
      amount: 2,
      unit: 'week',
      lastDay: '2025-01-03',
      rules: ['weeks', 'calendar-days'],
    },
    {
      name: 'one month from 31 January 2024 is 29 February (leap year clamp)',
      trigger: '2024-01-31',
      zone: NY,
      amount: 1,
      unit: 'month',
      lastDay: '2024-02-29',
      clamped: true,
      rules: ['calendar-months', 'month-end-clamp'],
    },
    {
      name: 'one month from 31 January 2023 is 28 February (clamp)',
      trigger: '2023-01-31',
      zone: NY,
      amount: 1,
      unit: 'month',
      lastDay: '2023-02-28',
      clamped: true,
      rules: ['calendar-months', 'month-end-clamp'],
    },
    {
      name: 'one month from 28 February 2023 is 28 March, not the month end',
      trigger: '2023-02-28',
      zone: NY,
      amount: 1,
      unit: 'month',
      lastDay: '2023-03-28',
      clamped: false,
      rules: ['calendar-months'],
    },
    {
      name: 'one month from 29 February 2024 is 29 March',
      trigger: '2024-02-29',
      zone: NY,
      amount: 1,
      unit: 'month',
      lastDay: '2024-03-29',
      clamped: false,
      rules: ['calendar-months'],
    },
    {
      name: 'one month is never thirty days (15 January → 15 February)',
      trigger: '2021-01-15',
      zone: NY,
      amount: 1,
      unit: 'month',
      lastDay: '2021-02-15',
      clamped: false,
      rules: ['calendar-months'],
    },
    {
      name: 'three months from 30 November end on 28 February',
      trigger: '2022-11-30',
      zone: NY,
      amount: 3,
      unit: 'month',
      lastDay: '2023-02-28',
      clamped: true,
      rules: ['calendar-months', 'month-end-clamp'],
    },
    {
      name: 'one year from 29 February 2024 is 28 February 2025',
      trigger: '2024-02-29',
      zone: NY,
      amount: 1,
      unit: 'year',
      lastDay: '2025-02-28',
      clamped: true,
      rules: ['calendar-years', 'month-end-clamp'],
    },
    {
      name: 'four years from 29 February 2024 is 29 February 2028',
      trigger: '2024-02-29',
      zone: NY,
      amount: 4,
      unit: 'year',
      lastDay: '2028-02-29',
      clamped: false,
      rules: ['calendar-years'],
    },
    {
      name: 'ten business days across Christmas and New Year (US-NY)',
      trigger: '2024-12-20',
      zone: NY,
      amount: 10,
      unit: 'business-day',
      lastDay: '2025-01-07',
      rules: ['business-days'],
    },
    {
      name: 'one business day after a Friday is Monday',
      trigger: '2024-03-08T16:00',
      zone: NY,
      amount: 1,
      unit: 'business-day',
      lastDay: '2024-03-11',
      rules: ['business-days'],
    },
    {
      name: 'business days from a Saturday start with Monday',
      trigger: '2024-03-09',
      zone: NY,
      amount: 1,
      unit: 'business-day',
      lastDay: '2024-03-11',
      rules: ['business-days'],
    },
    {
      name: 'business days skip an observed substitute holiday (Christmas 2021 observed Friday 24th)',
      trigger: '2021-12-23',
      zone: NY,
      amount: 1,
      unit: 'business-day',
      lastDay: '2021-12-27',
      rules: ['business-days'],
    },
    {
      name: 'English business days skip Boxing Day and its substitute',
      trigger: '2021-12-24',
      zone: LONDON,
      amount: 1,
      unit: 'business-day',
      lastDay: '2021-12-29',
      rules: ['business-days'],
    },
  ];
  it.each(cases)('$name', ({ trigger, zone, amount, unit, lastDay, clamped, rules }) => {
    const calendar = zone === LONDON ? gb : ny;
    const result = addPeriod(at(trigger, zone), { amount, unit }, calendar);
    expect(result.lastDay).toBe(lastDay);
    expect(result.end.toISODate()).toBe(lastDay);
    expect(result.end.zoneName).toBe(zone);
    expect(result.end.toFormat('HH:mm')).toBe('00:00');
    expect(result.endsAt.toFormat('yyyy-MM-dd HH:mm:ss')).toBe(`${lastDay} 23:59:59`);
    expect(result.clamped).toBe(clamped ?? false);
    expect(result.rules).toEqual(rules);
  });

  it('reports the clamp in a note a reader can follow', () => {
    const result = addPeriod(at('2024-01-31', NY), { amount: 1, unit: 'month' }, ny);
    expect(result.notes).toEqual(['February 2024 has no day 31; the period ends on its last day, 2024-02-29.']);
  });

  it('bank business days also skip bank holidays (Germany: Christmas Eve is not a whole-day holiday, 1 May is)', () => {
    const de = businessCalendar('DE', { banks: true });
    const result = addPeriod(at('2024-04-30', 'Europe/Berlin'), { amount: 1, unit: 'business-day' }, de);
    expect(result.lastDay).toBe('2024-05-02');
    expect(result.rules).toEqual(['bank-business-days']);
  });
});

describe('addPeriod: hours from the instant of receipt', () => {
  const cases = [
    { name: 'six hours across midnight', trigger: '2024-03-01T21:30', zone: NY, amount: 6, expected: '2024-03-02T03:30:00-05:00' },
    {
      name: '24 hours across the Los Angeles spring-forward night are 24 real hours (04:00 PDT by the clock, not 03:00)',
      trigger: '2021-03-13T03:00',
      zone: LA,
      amount: 24,
      expected: '2021-03-14T04:00:00-07:00',
    },
    {
      name: '24 hours ending before the Los Angeles clocks change keep the wall time',
      trigger: '2021-03-13T01:00',
      zone: LA,
      amount: 24,
      expected: '2021-03-14T01:00:00-08:00',
    },
    {
      name: '24 hours from noon before spring-forward end at 13:00 the next day',
      trigger: '2021-03-13T12:00',
      zone: LA,
      amount: 24,
      expected: '2021-03-14T13:00:00-07:00',
    },
    {
      name: '24 hours across the London fall-back night end an hour earlier by the clock',
      trigger: '2021-10-30T12:00',
      zone: LONDON,
      amount: 24,
      expected: '2021-10-31T11:00:00+00:00',
    },
    {
      name: '48 hours from a Friday evening run through the weekend',
      trigger: '2024-03-08T18:00',
      zone: NY,
      amount: 48,
      expected: '2024-03-10T19:00:00-04:00',
    },
  ];
  it.each(cases)('$name', ({ trigger, zone, amount, expected }) => {
    const result = addPeriod(at(trigger, zone), { amount, unit: 'hour' }, ny);
    expect(toIsoWithOffset(result.end)).toBe(expected);
    expect(result.endsAt.equals(result.end)).toBe(true);
    expect(result.end.diff(at(trigger, zone), 'hours').hours).toBe(amount);
    expect(result.rules).toEqual(['hours-from-receipt']);
  });
});

describe('addPeriod: bad input', () => {
  it.each([
    { name: 'negative amount', amount: -1 },
    { name: 'fractional amount', amount: 1.5 },
    { name: 'not a number', amount: Number.NaN },
  ])('rejects a $name with INVALID_INPUT', ({ amount }) => {
    expect(() => addPeriod(at('2024-01-01', NY), { amount, unit: 'day' }, ny)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('rejects an invalid trigger with INVALID_DATE', async () => {
    const { DateTime } = await import('luxon');
    expect(() => addPeriod(DateTime.invalid('broken'), { amount: 1, unit: 'day' }, ny)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('does not mutate the trigger', () => {
    const trigger = at('2024-01-31T10:00', NY);
    const before = trigger.toISO();
    addPeriod(trigger, { amount: 1, unit: 'month' }, ny);
    expect(trigger.toISO()).toBe(before);
  });
});

const units: Unit[] = ['hour', 'day', 'business-day', 'week', 'month', 'year'];
const triggers = fc
  .record({
    day: fc.integer({ min: 0, max: 365 * 12 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    zone: fc.constantFrom(NY, LA, LONDON, 'Pacific/Chatham', 'Asia/Kolkata', 'UTC'),
  })
  .map(({ day, minute, zone }) => at('2018-01-01', zone).plus({ days: day, minutes: minute }));

describe('addPeriod properties', () => {
  it('is monotonic in the amount for every unit', () => {
    fc.assert(
      fc.property(triggers, fc.constantFrom(...units), fc.integer({ min: 0, max: 60 }), (trigger, unit, n) => {
        const shorter = addPeriod(trigger, { amount: n, unit }, ny);
        const longer = addPeriod(trigger, { amount: n + 1, unit }, ny);
        expect(longer.end > shorter.end).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never ends before the trigger day and keeps the trigger zone', () => {
    fc.assert(
      fc.property(triggers, fc.constantFrom(...units), fc.integer({ min: 0, max: 400 }), (trigger, unit, n) => {
        const result = addPeriod(trigger, { amount: n, unit }, ny);
        expect(result.lastDay >= trigger.toISODate()!).toBe(true);
        expect(result.end.zoneName).toBe(trigger.zoneName);
      }),
      { numRuns: 150 },
    );
  });

  it('counts exactly n calendar days between the trigger day and the last day', () => {
    fc.assert(
      fc.property(triggers, fc.integer({ min: 0, max: 2000 }), (trigger, n) => {
        const result = addPeriod(trigger, { amount: n, unit: 'day' }, ny);
        const start = at(trigger.toISODate()!, 'UTC');
        expect(at(result.lastDay, 'UTC').diff(start, 'days').days).toBe(n);
      }),
      { numRuns: 150 },
    );
  });
});
