import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { WrittenMoment } from '../../lib/domain/types.ts';
import { placeMoment, toIsoWithOffset } from '../../lib/time/moments.ts';
import { LA, LONDON, NY } from './support.ts';

const moment = (date: string, time: string | null = null, zoneLabel: string | null = null): WrittenMoment => ({
  date,
  time,
  zoneLabel,
  text: '',
  start: 0,
  end: 0,
});

describe('placeMoment', () => {
  const cases = [
    {
      name: 'the motivating suspension: 11:59 PM PST on Sunday, January 10, 2021',
      m: moment('2021-01-10', '23:59', 'PST'),
      zone: LA,
      expected: '2021-01-10T23:59:00-08:00',
    },
    { name: 'a date without a time starts at 00:00 local', m: moment('2024-01-05'), zone: NY, expected: '2024-01-05T00:00:00-05:00' },
    {
      name: 'a date without a time on the London spring-forward day',
      m: moment('2021-03-28'),
      zone: LONDON,
      expected: '2021-03-28T00:00:00+00:00',
    },
    {
      name: 'a wall time in the spring-forward gap moves forward by the gap',
      m: moment('2021-03-14', '02:30'),
      zone: LA,
      expected: '2021-03-14T03:30:00-07:00',
    },
    {
      name: 'the repeated hour at fall-back labelled PDT is the first 01:30',
      m: moment('2021-11-07', '01:30', 'PDT'),
      zone: LA,
      expected: '2021-11-07T01:30:00-07:00',
    },
    {
      name: 'the repeated hour at fall-back labelled PST is the second 01:30',
      m: moment('2021-11-07', '01:30', 'PST'),
      zone: LA,
      expected: '2021-11-07T01:30:00-08:00',
    },
    {
      name: 'the repeated hour in London labelled BST',
      m: moment('2021-10-31', '01:30', 'BST'),
      zone: LONDON,
      expected: '2021-10-31T01:30:00+01:00',
    },
    { name: '24:00 is the end of the day', m: moment('2024-12-31', '24:00'), zone: NY, expected: '2025-01-01T00:00:00-05:00' },
    { name: 'a fixed offset zone', m: moment('2024-07-01', '09:15'), zone: 'UTC+1', expected: '2024-07-01T09:15:00+01:00' },
    { name: 'UTC is written +00:00', m: moment('2024-07-01', '09:15:30'), zone: 'UTC', expected: '2024-07-01T09:15:30+00:00' },
  ];
  it.each(cases)('$name', ({ m, zone, expected }) => {
    expect(toIsoWithOffset(placeMoment(m, zone))).toBe(expected);
  });

  it.each([
    { name: '30 February', m: moment('2021-02-30', '10:00') },
    { name: 'an hour of 25', m: moment('2021-02-10', '25:00') },
    { name: 'a date in words', m: moment('January 5, 2024') },
    { name: 'a time in words', m: moment('2024-01-05', 'noon') },
    { name: '29 February in a common year', m: moment('2023-02-29') },
  ])('rejects $name with INVALID_DATE', ({ m }) => {
    expect(() => placeMoment(m, NY)).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('rejects an unknown zone with UNKNOWN_ZONE', () => {
    expect(() => placeMoment(moment('2024-01-05'), 'Mars/Olympus')).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ZONE' }));
  });
});

describe('toIsoWithOffset', () => {
  it('prints seconds and the offset, never milliseconds or Z', () => {
    expect(toIsoWithOffset(DateTime.fromISO('2021-01-10T23:59:00.000Z', { zone: 'UTC' }))).toBe('2021-01-10T23:59:00+00:00');
    expect(toIsoWithOffset(DateTime.fromISO('2021-07-10T23:59:00', { zone: LA }))).toBe('2021-07-10T23:59:00-07:00');
  });

  it('rejects an invalid DateTime with INVALID_DATE', () => {
    expect(() => toIsoWithOffset(DateTime.invalid('broken'))).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
