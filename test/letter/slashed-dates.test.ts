import { describe, expect, it } from 'vitest';
import { findDates, readMoment } from '../../lib/letter/written-dates.ts';

describe('slashed dates keep their digits for the verdict to re-read', () => {
  it.each([
    { text: 'Date: 04/03/2024', date: '2024-04-03', slashed: { first: 4, second: 3, year: 2024 } },
    { text: 'effective 12/31/2024', date: '2024-12-31', slashed: { first: 12, second: 31, year: 2024 } },
    { text: 'effective 25/03/2024 (only a day-first reading exists)', date: '2024-03-25', slashed: { first: 25, second: 3, year: 2024 } },
    { text: 'effective 31/04/2024 (no such date either way)', date: null, slashed: { first: 31, second: 4, year: 2024 } },
  ])('$text', ({ text, date, slashed }) => {
    const [hit] = findDates(text);
    expect(hit?.date).toBe(date);
    expect(hit?.slashed).toEqual(slashed);
    if (hit) expect(readMoment(text, hit).slashed).toEqual(slashed);
  });

  it('a date written in words carries no slashed digits', () => {
    const [hit] = findDates('effective 4 March 2024');
    expect(hit && readMoment('effective 4 March 2024', hit).slashed).toBeUndefined();
  });
});
