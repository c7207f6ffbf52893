import { describe, expect, it } from 'vitest';
import { businessCalendar, supportsJurisdiction } from '../../lib/time/business-calendar.ts';
import { LONDON, NY, at } from './support.ts';

describe('businessCalendar', () => {
  const cases = [
    { name: 'Christmas Day in New York', code: 'US-NY', date: '2024-12-25', zone: NY, business: false, holiday: 'Christmas Day' },
    {
      name: 'the observed New Year holiday on Friday 31 December 2021 (US-NY)',
      code: 'US-NY',
      date: '2021-12-31',
      zone: NY,
      business: false,
      holiday: "New Year's Day (substitute day)",
    },
    {
      name: 'a Saturday is not a business day but not a holiday',
      code: 'US-NY',
      date: '2024-12-21',
      zone: NY,
      business: false,
      holiday: null,
    },
    { name: 'an ordinary Friday', code: 'US-NY', date: '2024-12-20', zone: NY, business: true, holiday: null },
    { name: 'Good Friday in England', code: 'GB', date: '2024-03-29', zone: LONDON, business: false, holiday: 'Good Friday' },
    { name: 'Good Friday is not a New York public holiday', code: 'US-NY', date: '2024-03-29', zone: NY, business: true, holiday: null },
    {
      name: "St Andrew's Day in Scotland but not in England",
      code: 'GB-SCT',
      date: '2021-11-30',
      zone: LONDON,
      business: false,
      holiday: 'St Andrew’s Day',
    },
    { name: "St Andrew's Day is a business day in England", code: 'GB', date: '2021-11-30', zone: LONDON, business: true, holiday: null },
    { name: 'German Unity Day', code: 'DE', date: '2024-10-03', zone: 'Europe/Berlin', business: false, holiday: 'National Holiday' },
  ];
  it.each(cases)('$name', ({ code, date, zone, business, holiday }) => {
    const calendar = businessCalendar(code);
    expect(calendar.isBusinessDay(at(date, zone))).toBe(business);
    expect(calendar.holidayOn(at(date, zone))).toBe(holiday);
  });

  it('judges the wall-clock date in the zone given, not the instant in UTC', () => {
    // 2024-12-25T22:00 in New York is already 26 December in UTC.
    const lateChristmasEvening = at('2024-12-25T22:00', NY);
    expect(businessCalendar('US-NY').isBusinessDay(lateChristmasEvening)).toBe(false);
  });

  it('finds the next and previous business day around Christmas and New Year', () => {
    const calendar = businessCalendar('US-NY');
    expect(calendar.nextBusinessDay(at('2024-12-24T18:00', NY)).toISO()).toBe('2024-12-26T00:00:00.000-05:00');
    expect(calendar.nextBusinessDay(at('2024-12-31', NY)).toISODate()).toBe('2025-01-02');
    expect(calendar.previousBusinessDay(at('2025-01-02', NY)).toISODate()).toBe('2024-12-31');
  });

  it('with banks also skips bank holidays (Good Friday in Ireland: banks closed, not a public holiday)', () => {
    const goodFriday = at('2024-03-29', 'Europe/Dublin');
    expect(businessCalendar('IE').isBusinessDay(goodFriday)).toBe(true);
    expect(businessCalendar('IE', { banks: true }).isBusinessDay(goodFriday)).toBe(false);
    expect(businessCalendar('IE', { banks: true }).holidayOn(goodFriday)).toBe('Good Friday');
  });

  it('uses the local weekend where the working week is Sunday to Thursday (Israel)', () => {
    const il = businessCalendar('IL');
    expect(il.weekend).toEqual([5, 6]);
    expect(il.isBusinessDay(at('2024-03-08', 'Asia/Jerusalem'))).toBe(false); // a Friday
    expect(il.isBusinessDay(at('2024-03-10', 'Asia/Jerusalem'))).toBe(true); // a Sunday
    expect(il.nextBusinessDay(at('2024-03-07', 'Asia/Jerusalem')).toISODate()).toBe('2024-03-10');
  });

  it("reads US bank business days against the federal holidays, not state ones (Lincoln's Birthday in New York)", () => {
    const lincolnsBirthday = at('2024-02-12', NY);
    expect(businessCalendar('US-NY').isBusinessDay(lincolnsBirthday)).toBe(false);
    const banks = businessCalendar('US-NY', { banks: true });
    expect(banks.isBusinessDay(lincolnsBirthday)).toBe(true);
    expect(banks.isBusinessDay(at('2024-02-19', NY))).toBe(false); // Washington's Birthday
    expect(banks.notes[0]).toMatch(/federal holidays/);
  });

  it('is memoised per jurisdiction and option', () => {
    expect(businessCalendar('US-NY')).toBe(businessCalendar('us-ny'));
    expect(businessCalendar('US-NY')).not.toBe(businessCalendar('US-NY', { banks: true }));
  });

  it('without a jurisdiction treats only weekends as non-business days, and says so', () => {
    const calendar = businessCalendar(null);
    expect(calendar.isBusinessDay(at('2024-12-25', NY))).toBe(true);
    expect(calendar.isBusinessDay(at('2024-12-28', NY))).toBe(false);
    expect(calendar.notes[0]).toMatch(/only Saturdays and Sundays/);
  });

  it('falls back to the national calendar for an unknown state, and says so', () => {
    const calendar = businessCalendar('US-ZZ');
    expect(calendar.isBusinessDay(at('2024-12-25', NY))).toBe(false);
    expect(calendar.notes[0]).toMatch(/national calendar/);
  });

  it('rejects an unknown country with INVALID_INPUT', () => {
    expect(() => businessCalendar('XX')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(supportsJurisdiction('XX')).toBe(false);
    expect(supportsJurisdiction('US-NY')).toBe(true);
  });
});
