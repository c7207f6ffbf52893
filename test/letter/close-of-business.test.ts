import { describe, expect, it } from 'vitest';
import { findDates, readMoment } from '../../lib/letter/written-dates.ts';

const read = (text: string) => {
  const [hit] = findDates(text);
  if (!hit) throw new Error(`no date in "${text}"`);
  return readMoment(text, hit);
};

describe('close of business is 17:00 on the date (close-of-business-5pm)', () => {
  it.each([
    {
      text: 'will suspend all Services as of the close of business on March 15, 2024, unless payment in full is received',
      date: '2024-03-15',
      zone: null,
      span: 'close of business on March 15, 2024',
    },
    {
      text: 'terminates the Agreement for convenience, effective as of the close of business on June 28, 2024.',
      date: '2024-06-28',
      zone: null,
      span: 'close of business on June 28, 2024',
    },
    {
      text: 'Termination will be effective at the Close of Business, Pacific Time, on Friday, May 3, 2024.',
      date: '2024-05-03',
      zone: 'Pacific Time',
      span: 'Close of Business, Pacific Time, on Friday, May 3, 2024',
    },
    {
      text: 'The Agreement terminates effective March 31, 2024 at close of business Eastern Time.',
      date: '2024-03-31',
      zone: 'Eastern Time',
      span: 'March 31, 2024 at close of business Eastern Time',
    },
    { text: 'Services end COB 3/29/2024.', date: '2024-03-29', zone: null, span: 'COB 3/29/2024' },
    {
      text: 'Access will be suspended effective CLOSE OF BUSINESS ON APRIL 1, 2024.',
      date: '2024-04-01',
      zone: null,
      span: 'CLOSE OF BUSINESS ON APRIL 1, 2024',
    },
  ])('$span', ({ text, date, zone, span }) => {
    const moment = read(text);
    expect(moment).toMatchObject({ date, time: '17:00', zoneLabel: zone, timeConvention: 'close-of-business', text: span });
  });

  it.each(['effective January 5, 2024.', 'Please pay by January 5, 2024; our business hours close at six.'])(
    'no convention without the words: %s',
    (text) => {
      const moment = read(text);
      expect(moment.time).toBeNull();
      expect(moment.timeConvention).toBeUndefined();
    },
  );

  it('an explicit time wins over the convention ("close of business, 6:00 p.m. on March 15, 2024")', () => {
    const moment = read('as of the close of business, 6:00 p.m. on March 15, 2024');
    expect(moment.time).toBe('18:00');
    expect(moment.timeConvention).toBeUndefined();
  });
});
