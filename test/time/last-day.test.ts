import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { adjustLastDay, adjustLastDayForAct, governingLawMovesLastDay, lawWouldMoveNoticeDeadline } from '../../lib/time/last-day.ts';
import { LONDON, NY, at } from './support.ts';

const ny = businessCalendar('US-NY');
const gb = businessCalendar('GB');

describe('adjustLastDay', () => {
  const cases = [
    {
      name: 'a holiday on the last day stays put by default',
      date: '2024-12-25',
      zone: NY,
      calendar: ny,
      roll: false,
      expected: '2024-12-25',
      rule: 'last-day-no-roll',
      moved: false,
    },
    {
      name: 'a Saturday last day stays put by default',
      date: '2024-03-09',
      zone: NY,
      calendar: ny,
      roll: false,
      expected: '2024-03-09',
      rule: 'last-day-no-roll',
      moved: false,
    },
    {
      name: 'a holiday on the last day moves to the next business day where the agreement says so',
      date: '2024-12-25',
      zone: NY,
      calendar: ny,
      roll: true,
      expected: '2024-12-26',
      rule: 'last-day-next-business-day',
      moved: true,
    },
    {
      name: 'a Saturday last day before a Monday holiday moves to Tuesday (Memorial Day)',
      date: '2024-05-25',
      zone: NY,
      calendar: ny,
      roll: true,
      expected: '2024-05-28',
      rule: 'last-day-next-business-day',
      moved: true,
    },
    {
      name: 'an English Christmas Day on a Saturday moves past both substitute days',
      date: '2021-12-25',
      zone: LONDON,
      calendar: gb,
      roll: true,
      expected: '2021-12-29',
      rule: 'last-day-next-business-day',
      moved: true,
    },
    {
      name: 'a business day does not move',
      date: '2024-03-08',
      zone: NY,
      calendar: ny,
      roll: true,
      expected: '2024-03-08',
      rule: 'last-day-next-business-day',
      moved: false,
    },
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

describe('adjustLastDayForAct', () => {
  it.each([
    {
      name: 'New York moves a Sunday last day for curing to Monday',
      law: 'US-NY',
      agreement: false,
      date: '2024-03-31',
      expected: '2024-04-01',
      movedBy: 'N.Y. Gen. Constr. Law § 25',
    },
    {
      name: "the agreement's own rule is named first where both move the day",
      law: 'US-NY',
      agreement: true,
      date: '2024-03-31',
      expected: '2024-04-01',
      movedBy: 'the agreement',
    },
    { name: 'England moves nothing by law', law: 'GB', agreement: false, date: '2024-03-31', expected: '2024-03-31', movedBy: null },
    {
      name: 'New York leaves a business day alone',
      law: 'US-NY',
      agreement: false,
      date: '2024-04-02',
      expected: '2024-04-02',
      movedBy: null,
    },
  ])('$name', ({ law, agreement, date, expected, movedBy }) => {
    const result = adjustLastDayForAct(at(date, NY), ny, agreement, law);
    expect(result.date.toISODate()).toBe(expected);
    expect(result.movedBy).toBe(movedBy);
  });
});

describe('lawWouldMoveNoticeDeadline', () => {
  it('explains, without moving it, a New York notice deadline on a Saturday', () => {
    expect(lawWouldMoveNoticeDeadline(at('2024-11-02', NY), ny, false, 'US-NY')).toMatch(
      /^2024-11-02 is a Saturday\. .*\(2024-11-04\).*kept at 2024-11-02/,
    );
  });
  it.each([
    { name: 'a business day', date: '2024-11-01', law: 'US-NY', agreement: false },
    { name: 'a law that moves nothing', date: '2024-11-02', law: 'US-CA', agreement: false },
    { name: 'an agreement that moves the day itself', date: '2024-11-02', law: 'US-NY', agreement: true },
  ])('says nothing for $name', ({ date, law, agreement }) => {
    expect(lawWouldMoveNoticeDeadline(at(date, NY), ny, agreement, law)).toBeNull();
  });
});
