/**
 * Notice windows: "not less than 60 nor more than 120 days before the end of the term" is one right whose
 * notice must fall inside the window, not two rights with two deadlines.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';

const agreement = (clause: string) =>
  analyzeText(
    `SERVICES AGREEMENT\n\nThis Agreement is made as of January 1, 2025 between Alpha Analytics Inc. ("Provider") and Beta Stores LLC ("Customer").\n\n2. Term. The initial term is two (2) years from the Effective Date. ${clause}`,
  );

const windows = (clause: string) =>
  agreement(clause)
    .provisions.filter((p) => p.type === 'non-renewal')
    .map((p) => ({
      notice: [p.notice?.amount, p.notice?.unit],
      far: p.noEarlierThan ? [p.noEarlierThan.amount, p.noEarlierThan.unit] : null,
    }));

describe('a notice window in a renewal clause', () => {
  it.each([
    [
      'unless Owner notifies Contractor in writing of its election not to renew not less than sixty (60) days nor more than one hundred twenty (120) days before the end of the then-current term.',
      [60, 'day'],
      [120, 'day'],
    ],
    [
      'unless either party provides written notice of non-renewal at least thirty (30) days but no more than ninety (90) days prior to the expiration of the then-current term.',
      [30, 'day'],
      [90, 'day'],
    ],
    [
      'unless a party gives notice of non-renewal no earlier than one hundred eighty (180) days and no later than ninety (90) days prior to the end of the Initial Term or the then-current Renewal Term.',
      [90, 'day'],
      [180, 'day'],
    ],
    [
      'unless either party notifies the other of its intent not to renew not more than ninety (90) and not less than thirty (30) days before the end of the current term.',
      [30, 'day'],
      [90, 'day'],
    ],
    [
      'unless either party gives notice of non-renewal no more than six months and no less than sixty days before the end of the current term.',
      [60, 'day'],
      [6, 'month'],
    ],
  ])('This Agreement renews automatically for one-year periods %s', (clause, notice, far) => {
    expect(windows(`This Agreement shall renew automatically for successive one (1) year periods ${clause}`)).toEqual([{ notice, far }]);
  });

  it('leaves a clause without a window alone, even when it says "no more than" of something else', () => {
    expect(
      windows(
        'This Agreement shall renew automatically for one-year periods unless either party gives notice of non-renewal at least thirty (30) days before the end of the current term; no more than two (2) renewals shall occur.',
      ),
    ).toEqual([{ notice: [30, 'day'], far: null }]);
  });
});

describe('a far end that is not a window before the end', () => {
  it('"no earlier than eighteen (18) months after the Effective Date" is not a window', () => {
    expect(
      windows(
        'This Agreement shall renew automatically for successive one (1) year periods unless either party gives notice of non-renewal at least three (3) months before the end of the current term, such notice to be given no earlier than eighteen (18) months after the Effective Date.',
      ),
    ).toEqual([{ notice: [3, 'month'], far: null }]);
  });
});
