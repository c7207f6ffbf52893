import { describe, expect, it } from 'vitest';
import { placeMoment, toIsoWithOffset } from '../../lib/time/moments.ts';
import { chooseZone, isValidZone, resolveZoneLabel, zoneForJurisdiction, zoneLabelContradictsSeason } from '../../lib/time/zones.ts';

describe('resolveZoneLabel', () => {
  const cases = [
    { label: 'PST', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'PST', date: '2021-07-09', zone: 'America/Los_Angeles' },
    { label: 'PDT', date: '2021-07-09', zone: 'America/Los_Angeles' },
    { label: 'P.S.T.', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'PT', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'Pacific Time', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'pacific  standard time', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'EST', date: '2021-01-09', zone: 'America/New_York' },
    { label: 'EDT', date: '2021-07-09', zone: 'America/New_York' },
    { label: 'ET', date: '2021-07-09', zone: 'America/New_York' },
    { label: 'CST', date: '2021-01-09', zone: 'America/Chicago' },
    { label: 'CDT', date: '2021-07-09', zone: 'America/Chicago' },
    { label: 'MST', date: '2021-01-09', zone: 'America/Denver' },
    { label: 'MDT', date: '2021-07-09', zone: 'America/Denver' },
    { label: 'UTC', date: '2021-07-09', zone: 'UTC' },
    { label: 'GMT', date: '2021-07-09', zone: 'UTC' },
    { label: 'BST', date: '2021-07-09', zone: 'Europe/London' },
    { label: 'CET', date: '2021-01-09', zone: 'Europe/Berlin' },
    { label: 'CEST', date: '2021-07-09', zone: 'Europe/Berlin' },
    { label: '+01:00', date: '2021-07-09', zone: 'UTC+1' },
    { label: '-08:00', date: '2021-07-09', zone: 'UTC-8' },
    { label: 'UTC+05:30', date: '2021-07-09', zone: 'UTC+5:30' },
    { label: 'GMT-3', date: '2021-07-09', zone: 'UTC-3' },
    { label: '+00:00', date: '2021-07-09', zone: 'UTC' },
    { label: 'Europe/Berlin', date: '2021-07-09', zone: 'Europe/Berlin' },
    { label: 'america/new_york', date: '2021-07-09', zone: 'America/New_York' },
    { label: 'Pacific Standard Time (PST)', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'PT (Pacific Time)', date: '2021-01-09', zone: 'America/Los_Angeles' },
    { label: 'U.S. Eastern Time', date: '2021-01-09', zone: 'America/New_York' },
    { label: '(UK time)', date: '2024-03-04', zone: 'Europe/London' },
    { label: 'UK time', date: '2024-07-04', zone: 'Europe/London' },
    { label: 'U.K. time', date: '2024-07-04', zone: 'Europe/London' },
    { label: 'London time', date: '2024-07-04', zone: 'Europe/London' },
    { label: 'GMT/BST', date: '2024-07-04', zone: 'Europe/London' },
    { label: 'Eastern', date: '2024-07-04', zone: 'America/New_York' },
    { label: 'Central', date: '2024-07-04', zone: 'America/Chicago' },
    { label: 'Pacific', date: '2024-07-04', zone: 'America/Los_Angeles' },
    { label: 'Mountain', date: '2024-07-04', zone: 'America/Denver' },
    { label: 'Eastern Standard', date: '2024-01-04', zone: 'America/New_York' },
    { label: 'EST/EDT', date: '2024-07-04', zone: 'America/New_York' },
    { label: 'CET/CEST', date: '2024-07-04', zone: 'Europe/Berlin' },
    { label: 'CET / CEST', date: '2024-01-04', zone: 'Europe/Berlin' },
    { label: 'Brussels time', date: '2024-01-04', zone: 'Europe/Brussels' },
    { label: 'Toronto time', date: '2024-01-04', zone: 'America/Toronto' },
  ];
  it.each(cases)('$label on $date → $zone', ({ label, date, zone }) => {
    expect(resolveZoneLabel(label, date)).toBe(zone);
  });

  it.each(['IST', 'Mars/Olympus', 'whenever', '', '+25:00'])('gives null for an unknown or ambiguous label %j', (label) => {
    expect(resolveZoneLabel(label, '2021-01-09')).toBeNull();
  });

  it('rejects a date that is not YYYY-MM-DD with INVALID_DATE', () => {
    expect(() => resolveZoneLabel('PST', 'January 9')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('a PST label in January is UTC−08:00; the same label in July is Pacific daylight time, UTC−07:00', () => {
    const january = { date: '2021-01-10', time: '23:59', zoneLabel: 'PST', text: '', start: 0, end: 0 };
    const july = { ...january, date: '2021-07-10' };
    expect(toIsoWithOffset(placeMoment(january, resolveZoneLabel('PST', january.date)!))).toBe('2021-01-10T23:59:00-08:00');
    expect(toIsoWithOffset(placeMoment(july, resolveZoneLabel('PST', july.date)!))).toBe('2021-07-10T23:59:00-07:00');
  });

  it('a PDT label in July is UTC−07:00 and agrees with the season', () => {
    const july = { date: '2021-07-10', time: '18:07', zoneLabel: 'PDT', text: '', start: 0, end: 0 };
    expect(toIsoWithOffset(placeMoment(july, resolveZoneLabel('PDT', july.date)!))).toBe('2021-07-10T18:07:00-07:00');
    expect(zoneLabelContradictsSeason('PDT', july.date)).toBe(false);
  });
});

describe('zoneLabelContradictsSeason', () => {
  it.each([
    { label: 'PST', date: '2021-07-04', expected: true },
    { label: 'PST', date: '2021-01-04', expected: false },
    { label: 'PDT', date: '2021-01-04', expected: true },
    { label: 'BST', date: '2021-12-01', expected: true },
    { label: 'PT', date: '2021-07-04', expected: false },
    { label: 'UTC', date: '2021-07-04', expected: false },
  ])('$label on $date: $expected', ({ label, date, expected }) => {
    expect(zoneLabelContradictsSeason(label, date)).toBe(expected);
  });
});

describe('zoneForJurisdiction', () => {
  it.each([
    ['US-NY', 'America/New_York'],
    ['US-CA', 'America/Los_Angeles'],
    ['US-WA', 'America/Los_Angeles'],
    ['US-TX', 'America/Chicago'],
    ['US-IL', 'America/Chicago'],
    ['US-DE', 'America/New_York'],
    ['US-AZ', 'America/Phoenix'],
    ['GB', 'Europe/London'],
    ['GB-SCT', 'Europe/London'],
    ['DE', 'Europe/Berlin'],
    ['FR', 'Europe/Paris'],
    ['IE', 'Europe/Dublin'],
    ['SG', 'Asia/Singapore'],
    ['CA-ON', 'America/Toronto'],
    ['AU-NSW', 'Australia/Sydney'],
  ])('%s → %s', (code, zone) => {
    expect(zoneForJurisdiction(code)).toBe(zone);
  });

  it.each(['US', 'CA', 'AU', 'XX', 'US-ZZ', ''])('gives null for %j (unknown, or a country spanning several zones)', (code) => {
    expect(zoneForJurisdiction(code)).toBeNull();
  });
});

describe('chooseZone: letter, then agreement, then jurisdiction, then default', () => {
  const cases = [
    {
      name: "the letter's label wins",
      inputs: { letterLabel: 'PST', letterDate: '2021-01-09', agreementZone: 'America/Chicago', jurisdiction: 'US-NY', defaultZone: 'UTC' },
      zone: 'America/Los_Angeles',
      rule: 'zone-from-letter',
    },
    {
      name: "the agreement's zone when the letter has none",
      inputs: { letterLabel: null, agreementZone: 'Central Time', jurisdiction: 'US-NY', defaultZone: 'UTC' },
      zone: 'America/Chicago',
      rule: 'zone-from-agreement',
    },
    {
      name: 'an unreadable letter label falls through to the agreement',
      inputs: { letterLabel: 'IST', agreementZone: 'America/Chicago', jurisdiction: 'US-NY', defaultZone: 'UTC' },
      zone: 'America/Chicago',
      rule: 'zone-from-agreement',
    },
    {
      name: "the governing law's zone when neither document names one",
      inputs: { jurisdiction: 'US-WA', defaultZone: 'UTC' },
      zone: 'America/Los_Angeles',
      rule: 'zone-from-jurisdiction',
    },
    {
      name: 'the default when the jurisdiction spans zones',
      inputs: { jurisdiction: 'US', defaultZone: 'America/New_York' },
      zone: 'America/New_York',
      rule: 'zone-default',
    },
    { name: 'the default when nothing is known', inputs: { defaultZone: 'UTC' }, zone: 'UTC', rule: 'zone-default' },
  ];
  it.each(cases)('$name', ({ inputs, zone, rule }) => {
    expect(chooseZone(inputs)).toEqual({ zone, rule });
  });

  it('rejects an invalid default zone with UNKNOWN_ZONE', () => {
    expect(() => chooseZone({ defaultZone: 'Mars/Olympus' })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ZONE' }));
  });

  it('isValidZone knows IANA names and fixed offsets', () => {
    expect(isValidZone('America/New_York')).toBe(true);
    expect(isValidZone('UTC+5:30')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
  });
});
