import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../lib/contract/dates.ts';

describe('findDates', () => {
  it.each([
    ['dated as of March 15, 2019', '2019-03-15'],
    ['made this 15th day of March, 2019', '2019-03-15'],
    ['effective this 14t h day of April, 2015 (ordinal split by PDF conversion)', '2015-04-14'],
    ['executed as of this 1 st  day of May 2006', '2006-05-01'],
    ['Contract  start:  04-01-06', '2006-04-01'],
    ['3/15/2019', '2019-03-15'],
    ['2019-03-15', '2019-03-15'],
    ['effective as of _Dec. 8, 2005  (hereinafter  "Effective  Date")', '2005-12-08'],
    ['It shall be effective on 06 October 2000 and shall have a duration of two years.', '2000-10-06'],
    ['January 21st, 2002', '2002-01-21'],
    ['15 April, 2009', '2009-04-15'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads a dotted date as day.month.year ("1.4.2011" is 1 April)', () => {
    expect(parseDate('Effective Date: 1.4.2011')).toBe('2011-04-01');
  });

  it('keeps a month-only date at month precision', () => {
    expect(findDates('dated April 2019')[0]).toMatchObject({ iso: '2019-04-01', precision: 'month' });
  });

  it('gives no full date for a blank day ("February ____, 2017")', () => {
    expect(parseDate('February ____, 2017')).toBeNull();
  });

  it('gives no date for an impossible day', () => {
    expect(parseDate('February 30, 2019')).toBeNull();
  });

  it('reports offsets into the text', () => {
    const [date] = findDates('Signed May 8, 2014.', 100);
    expect(date).toMatchObject({ start: 107, end: 118, text: 'May 8, 2014' });
  });
});

describe('findDates over longer text', () => {
  it('finds every date in order, of every form, without overlaps', () => {
    const text =
      'made this 15th day of March, 2019 and amended on 3/15/2020; the Term ends 2021-03-15. ' +
      'Mayor May Smith may sign in March 2022. Source: X, 10-K, 12/27/2019.';
    expect(findDates(text).map((d) => [d.iso, d.precision])).toEqual([
      ['2019-03-15', 'day'],
      ['2020-03-15', 'day'],
      ['2021-03-15', 'day'],
      ['2022-03-01', 'month'],
      ['2019-12-27', 'day'],
    ]);
  });

  it('reads a day written before a month across padded whitespace from PDF columns', () => {
    expect(parseDate('from and including 01                            May 2006, up to and including')).toBe('2006-05-01');
  });
});

describe('calendar validity', () => {
  it.each([
    ['February 29, 2020', '2020-02-29'],
    ['February 29, 2019', null],
    ['February 29, 2000', '2000-02-29'],
    ['February 29, 1900 is not a leap day', null],
    ['April 31, 2019', null],
    ['13/01/2019', '2019-01-13'],
    ['13/13/2019', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
