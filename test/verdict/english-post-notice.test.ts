/**
 * English drafting: the term is a "period" ("the Initial Period"), letters go "by first class post", and the
 * notices clause says how notices may be delivered ("by hand or by pre-paid first-class post or other next
 * working day delivery service") before it says when each is deemed received ("at 9.00 am on the second
 * Business Day after posting"). A letter that ends the agreement "at the end of the Initial Period on
 * 31 March 2027" is notice against renewal, judged by the renewal clause it cites.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { deliveriesIn } from '../../lib/contract/provisions/notice-delivery.ts';
import { readDeliveryMethods } from '../../lib/letter/delivery-method.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreementText = (notices: string): string =>
  [
    'SUPPLY OF SERVICES AGREEMENT',
    'THIS AGREEMENT is dated 4 February 2025',
    'PARTIES',
    '(1) Fenwick Cloud Limited, incorporated and registered in England and Wales with company number 08123456 whose registered office is at 2 Bridge Street, Leeds LS1 4DY (the "Supplier"); and',
    '(2) Calder Homewares plc, incorporated and registered in England and Wales with company number 02345678 whose registered office is at 9 Mill Lane, York YO1 7HH (the "Customer").',
    '1. DURATION',
    '1.1 This agreement shall commence on 1 April 2025 and shall continue for a period of 24 months (the "Initial Period") and shall automatically extend for 12 months (each an "Extended Period") at the end of the Initial Period and at the end of each Extended Period, unless either party gives written notice to the other, not later than three months before the end of the Initial Period or the relevant Extended Period, to terminate this agreement.',
    '2. TERMINATION',
    "2.1 The Customer may terminate this agreement at any time by giving the Supplier not less than 60 days' written notice.",
    '3. NOTICES',
    notices,
    '4. GOVERNING LAW',
    'This agreement shall be governed by and construed in accordance with the law of England and Wales.',
  ].join('\n\n');

const NOTICES = [
  '3.1 Any notice given to a party under or in connection with this agreement shall be in writing and shall be delivered by hand or by pre-paid first-class post or other next working day delivery service at its registered office.',
  '3.2 Any notice shall be deemed to have been received: if delivered by hand, at the time the notice is left at the proper address; or if sent by pre-paid first-class post or other next working day delivery service, at 9.00 am on the second Business Day after posting.',
].join('\n\n');

const letterText = (dated: string, method: string): string =>
  [
    'Calder Homewares plc',
    '9 Mill Lane',
    'York YO1 7HH',
    '',
    'Fenwick Cloud Limited',
    '2 Bridge Street',
    'Leeds LS1 4DY',
    '',
    dated,
    '',
    method,
    '',
    'Dear Sirs',
    '',
    'Supply of Services Agreement dated 4 February 2025',
    '',
    'We give you notice under clause 1.1 of the agreement that we wish to terminate the agreement at the end of the Initial Period on 31 March 2027.',
    '',
    'Yours faithfully',
    '',
    'For and on behalf of Calder Homewares plc',
  ].join('\n');

const judge = (letter: string) =>
  judgeLetter(analyzeText(agreementText(NOTICES)), analyzeLetter({ text: letter, pages: 1, pageStarts: [0], format: 'txt' }), {
    defaultZone: 'UTC',
  });

describe('a delivery line in English usage', () => {
  it.each([
    ['By first class post', 'mail'],
    ['By pre-paid first-class post', 'mail'],
    ['Sent by ordinary post', 'mail'],
    ['Via Royal Mail', 'mail'],
    ['By second class post', 'mail'],
  ])('"%s" is %s', (line, method) => {
    expect(readDeliveryMethods(`${line}\n\nDear Sirs`, false)[0]).toBe(method);
  });
});

describe('a notices clause that first says how notices may be delivered', () => {
  it('does not read "next working day delivery service" as a rule of receipt', () => {
    expect(deliveriesIn(NOTICES.split('\n\n')[0] as string)).toEqual([]);
  });

  it('takes the receipt rule from the deeming sentence: the second business day after posting', () => {
    expect(deliveriesIn(NOTICES.split('\n\n')[1] as string)).toContainEqual({ method: 'mail', rule: 'after-business-days', amount: 2 });
  });
});

describe('a letter ending the agreement at the end of the Initial Period, by post', () => {
  it('is judged by the renewal clause it cites, received on the second business day after posting', () => {
    // Posted Wednesday 23 December 2026: the 24th is the first business day; the 25th, the weekend and the
    // Boxing Day substitute holiday (Monday 28th) are not; Tuesday 29 December is the second.
    const v = judge(letterText('23/12/2026', 'By first class post'));
    expect(v.status).toBe('COMPLIANT');
    expect(v.provisions.filter((p) => p.applies).map((p) => p.section)).toEqual(['1.1']);
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2026-12-29');
    expect(v.margin?.days).toBe(2);
  });

  it('is late when the post brings it after the last day, three months before the end of the period', () => {
    // Posted Wednesday 30 December 2026: received Monday 4 January 2027 (1 January is a bank holiday).
    const v = judge(letterText('30/12/2026', 'By first class post'));
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2027-01-04');
  });
});
