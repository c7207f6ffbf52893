import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { adjustLastDay, governingLawMovesLastDay } from '../../lib/time/last-day.ts';
import { LONDON, NY, at } from './support.ts';

const ny = businessCalendar('US-NY');
const gb = businessCalendar('GB');

describe('adjustLastDay', () => {
  const cases = [
    { name: 'a holiday on the last day stays put by default', date: '2024-12-25', zone: NY, calendar: ny, roll: false, expected: '2024-12-25', rule: 'last-day-no-roll', moved: false },
    { name: 'a Saturday last day stays put by default', date: '2024-03-09', zone: NY, calendar: ny, roll: false, expected: '2024-03-09', rule: 'last-day-no-roll', moved: false },
    { name: 'a holiday on the last day moves to the next business day where the agreement says so', date: '2024-12-25', zone: NY, calendar: ny, roll: true, expected: '2024-12-26', rule: 'last-day-next-business-day', moved: true },
    { name: 'a Saturday last day before a Monday holiday moves to Tuesday (Memorial Day)', date: '2024-05-25', zone: NY, calendar: ny, roll: true, expected: '2024-05-28', rule: 'last-day-next-business-day', moved: true },
    { name: 'an English Christmas Day on a Saturday moves past both substitute days', date: '2021-12-25', zone: LONDON, calendar: gb, roll: true, expected: '2021-12-29', rule: 'last-day-next-business-day', moved: true },
    { name: 'a business day does not move', date: '2024-03-08', zone: NY, calendar: ny, roll: true, expected: '2024-03-08', rule: 'last-day-next-business-day', moved: false },
  ];
  it.each(cases)('$name', ({ date, zone, calendar, roll, expected, rule, moved }) => {
    const result = adjustLastDay(at(date, zone), calendar, roll);
    expect(result.date.toISODate()).toBe(expected);
    expect(result.date.zoneName).toBe(zone);
    expect(result.rule).toBe(rule);
    expect(result.moved).toBe(moved);
  });

  it('says why the day moved', () => {
    expect(adjustLastDay(at('2024-12-25', NY), ny, true).reason).toBe('2024-12-25 is Christmas Day');
    expect(adjustLastDay(at('2024-03-09', NY), ny, true).reason).toBe('2024-03-09 is a Saturday');
  });
});

describe('governingLawMovesLastDay', () => {
  it.each([
    { code: 'US-NY', moves: true, authority: 'N.Y. Gen. Constr. Law § 25' },
    { code: 'us-ny', moves: true, authority: 'N.Y. Gen. Constr. Law § 25' },
    { code: 'US-CA', moves: false, authority: null },
    { code: 'GB', moves: false, authority: null },
    { code: null, moves: false, authority: null },
  ])('$code: moves $moves', ({ code, moves, authority }) => {
    expect(governingLawMovesLastDay(code)).toEqual({ moves, authority });
  });
});
