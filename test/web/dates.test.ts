import { describe, expect, it } from 'vitest';
import { formatStatedMoment } from '../../web/src/dates.ts';

describe("an email's Date is shown as the sender stated it", () => {
  it('the wall-clock time in the offset the header gave, with the offset named', () => {
    expect(formatStatedMoment('2021-01-09T18:07:00-08:00')).toBe('Sat, 9 Jan 2021, 18:07 (UTC−08:00)');
  });

  it('late in the evening stays on the sender’s day, whatever the reader’s zone', () => {
    expect(formatStatedMoment('2021-01-09T23:30:00-08:00')).toBe('Sat, 9 Jan 2021, 23:30 (UTC−08:00)');
  });

  it('a half-hour offset east of UTC', () => {
    expect(formatStatedMoment('2024-03-31T00:15:00+05:30')).toBe('Sun, 31 Mar 2024, 00:15 (UTC+05:30)');
  });

  it('UTC itself, written as Z', () => {
    expect(formatStatedMoment('2024-02-29T12:00:00Z')).toBe('Thu, 29 Feb 2024, 12:00 (UTC)');
  });

  it('something that is not a stated instant is shown as given, not as a wrong date', () => {
    expect(formatStatedMoment('Sat, 9 Jan 2021 18:07:00 -0800')).toBe('Sat, 9 Jan 2021 18:07:00 -0800');
    expect(formatStatedMoment('2021-02-31T10:00:00+01:00')).toBe('2021-02-31T10:00:00+01:00');
  });
});
