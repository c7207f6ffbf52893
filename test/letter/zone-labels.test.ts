import { describe, expect, it } from 'vitest';
import { findDates, readMoment } from '../../lib/letter/written-dates.ts';
import { resolveZoneLabel } from '../../lib/time/zones.ts';

const read = (text: string) => {
  const [hit] = findDates(text);
  if (!hit) throw new Error(`no date in "${text}"`);
  return readMoment(text, hit);
};

describe('zone labels as letters write them', () => {
  it.each([
    { text: 'Sent: 4 March 2024 14:05 (UK time)', time: '14:05', label: 'UK time', zone: 'Europe/London' },
    { text: 'Sent: 4 March 2024 14:05 UK time', time: '14:05', label: 'UK time', zone: 'Europe/London' },
    { text: 'effective at 17:00 London time on 31 May 2024', time: '17:00', label: 'London time', zone: 'Europe/London' },
    { text: 'effective at 5:00 p.m. Eastern on March 15, 2024', time: '17:00', label: 'Eastern', zone: 'America/New_York' },
    { text: 'effective March 15, 2024 at 5:00 p.m. Central', time: '17:00', label: 'Central', zone: 'America/Chicago' },
    { text: 'effective March 15, 2024, 11:59 PM Pacific.', time: '23:59', label: 'Pacific', zone: 'America/Los_Angeles' },
    { text: 'at 9:00 a.m. Mountain on Monday, April 1, 2024', time: '09:00', label: 'Mountain', zone: 'America/Denver' },
    { text: 'with effect from 1 July 2024 at 00:00 CET/CEST', time: '00:00', label: 'CET/CEST', zone: 'Europe/Berlin' },
    {
      text: 'with effect from 1 July 2024 at 18:00 Central European Time',
      time: '18:00',
      label: 'Central European Time',
      zone: 'Europe/Berlin',
    },
    { text: 'at 11:59 PM PST on Sunday, January 10, 2021', time: '23:59', label: 'PST', zone: 'America/Los_Angeles' },
  ])('$text', ({ text, time, label, zone }) => {
    const moment = read(text);
    expect(moment.time).toBe(time);
    expect(moment.zoneLabel).toBe(label);
    expect(resolveZoneLabel(moment.zoneLabel ?? '', moment.date ?? '')).toBe(zone);
  });

  it('a word that only begins with a region name is not a zone label ("5:00 p.m. Easterners")', () => {
    expect(read('March 15, 2024 at 5:00 p.m. Easterners').zoneLabel).toBeNull();
  });

  it('"Central European" without "Time" is not US Central', () => {
    expect(read('1 July 2024 at 18:00 Central European').zoneLabel).toBeNull();
  });
});
