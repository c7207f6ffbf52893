/**
 * A non-renewal letter that says the agreement "will expire on 1 July" where the term's last day is 30 June
 * names the anniversary, not a later term: it is judged against the term that ends the day before.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = analyzeText(
  [
    'SUPPORT SERVICES AGREEMENT',
    'This Agreement is made on 12 May 2025 between Halden Systems Limited ("Supplier") and Brackley Freight plc ("Customer").',
    "2.1 The Term commences on the Effective Date (1 July 2025) and continues for two (2) years, and thereafter renews for successive six (6) month periods unless either party gives not less than three (3) months' written notice of non-renewal.",
    '15. Notices shall be delivered by hand and are effective on delivery.',
    '20. This Agreement is governed by the laws of England and Wales.',
  ].join('\n\n'),
);
const letter = (sent: string, expiry: string) =>
  analyzeLetter({
    text: `Brackley Freight plc\n\n${sent}\n\nBy hand\n\nHalden Systems Limited\n\nNotice of non-renewal\n\nWe give notice under clause 2.1 that the Agreement will not renew and will expire on ${expiry}.\n\nBrackley Freight plc`,
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

describe('a letter naming the day after the last day of the term', () => {
  it('is judged against the term ending the day before (in time)', () => {
    expect(agreement.term.expirationDate).toBe('2027-06-30');
    const v = judgeLetter(agreement, letter('4 March 2027', '1 July 2027'), { defaultZone: 'UTC' });
    expect(v.status).toBe('COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2027-06-30');
    expect(v.explanation.join(' ')).toMatch(/names 2027-07-01, but a non-renewal takes effect only at the end of a term \(2027-06-30\)/);
  });

  it('is late for that term when received after its deadline, and reaches the next term', () => {
    const v = judgeLetter(agreement, letter('15 April 2027', '1 July 2027'), { defaultZone: 'UTC' });
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2027-12-31');
  });

  it('still reaches a later term the letter names outright', () => {
    const v = judgeLetter(agreement, letter('4 March 2027', '31 December 2027'), { defaultZone: 'UTC' });
    expect(v.earliestCompliantDate).toBe('2027-12-31');
  });
});
