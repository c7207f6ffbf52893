/**
 * "Not less than three months' written notice, such notice to expire on the last day of a calendar month":
 * enough notice is not enough unless it ends on a month end.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = (right: string) =>
  analyzeText(
    [
      'SERVICES AGREEMENT',
      'PARTIES',
      '(1) Kestrel Data Services Limited, incorporated in England and Wales with company number 09123456 (the "Supplier"); and',
      '(2) Ashbourne Retail plc, incorporated in England and Wales with company number 01234567 (the "Customer").',
      `2.1 ${right}`,
      '3.1 A notice delivered by hand is deemed received at the time it is left at the proper address.',
      '4. This agreement is governed by the law of England and Wales.',
    ].join('\n\n'),
  );

const letter = (effective: string) =>
  analyzeLetter({
    text: `Ashbourne Retail plc\n\nKestrel Data Services Limited\n\n2 March 2026\n\nBy hand\n\nDear Sirs\n\nWe give you notice under clause 2.1 that we terminate the agreement with effect from ${effective}.\n\nYours faithfully\n\nFor and on behalf of Ashbourne Retail plc`,
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

const MONTH_END =
  "Either party may terminate this agreement by giving the other not less than three months' written notice, such notice to expire on the last day of a calendar month.";

describe('notice that must expire on the last day of a calendar month', () => {
  it('reads the requirement in its common wordings', () => {
    for (const right of [
      MONTH_END,
      "Either party may terminate this agreement on not less than three months' notice, which termination shall take effect at the end of a calendar month.",
      "Either party may terminate this agreement on three months' written notice expiring on the last day of any calendar month.",
    ])
      expect(agreement(right).provisions.find((p) => p.type === 'termination-for-convenience')?.endsOn).toBe('month');
    expect(
      agreement(MONTH_END.replace('calendar month', 'calendar quarter')).provisions.find((p) => p.type === 'termination-for-convenience')
        ?.endsOn,
    ).toBe('quarter');
  });

  it('does not comply mid-month, even with more than enough notice', () => {
    // Three months from 2 March is 2 June; the first month end after it is 30 June.
    const short = judgeLetter(agreement(MONTH_END), letter('15 June 2026'), { defaultZone: 'UTC' });
    expect(short.status).toBe('NON_COMPLIANT');
    expect(short.earliestCompliantDate).toBe('2026-06-30');
    const late = judgeLetter(agreement(MONTH_END), letter('15 July 2026'), { defaultZone: 'UTC' });
    expect(late.status).toBe('NON_COMPLIANT');
    expect(late.margin).toBeNull();
    expect(late.explanation.join(' ')).toMatch(/not the last day of a calendar month/);
  });

  it('complies on a month end after the notice has run', () => {
    expect(judgeLetter(agreement(MONTH_END), letter('30 June 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
    expect(judgeLetter(agreement(MONTH_END), letter('31 July 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
  });

  it('leaves a right without the requirement alone', () => {
    const plain = agreement("Either party may terminate this agreement by giving the other not less than three months' written notice.");
    expect(judgeLetter(plain, letter('15 June 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
  });
});
