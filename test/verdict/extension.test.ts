import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { agreementDeadlines } from '../../lib/verdict/agreement-deadlines.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

// An English master services agreement with a customer's option to extend, counted back from expiry.
const AGREEMENT = `MASTER SERVICES AGREEMENT

This Master Services Agreement is made on 1 July 2023 between Quillfeather Data Ltd, a company incorporated in England and Wales with company number 09112233 ("Supplier"), and Brambleway Retail plc ("Customer").

2. TERM
2.1 The initial term of this Agreement begins on 1 July 2023 and ends on 30 June 2026 (the "Initial Term").
2.2 Option to Extend. The Customer may extend the term of this Agreement for one further period of two (2) years by giving the Supplier written notice of its election to extend not less than ninety (90) days before the expiry of the Initial Term.

12. NOTICES
12.1 Any notice under this Agreement shall be in writing and may be delivered by hand or sent by email. A notice sent by email is deemed received at the time of transmission.

19. GOVERNING LAW
This Agreement and any dispute arising out of it are governed by the laws of England and Wales.
`;
const letterText = (date: string, body: string) => `Brambleway Retail plc
4 Cathedral Yard, Exeter EX1 1HB

${date}

By email: contracts@quillfeather.example

Quillfeather Data Ltd

Dear Sirs,

Master Services Agreement dated 1 July 2023

${body}

Yours faithfully,

Brambleway Retail plc`;
const judge = (date: string, body: string) =>
  judgeLetter(analyzeText(AGREEMENT), analyzeLetter({ text: letterText(date, body), pages: 1, pageStarts: [0], format: 'txt' }), {
    defaultZone: 'UTC',
  });
const EXERCISE = 'We hereby exercise our option under clause 2.2 to extend the term of the Agreement for a further period of two years.';

describe('exercising an option to extend: notice at least N days before the end of the term, counted back', () => {
  it('in time: received on the last day (1 April 2026, ninety days before 30 June 2026)', () => {
    const v = judge('1 April 2026', EXERCISE);
    expect(v.action).toBe('extension');
    expect(v.status).toBe('COMPLIANT');
    expect(v.deadlines).toEqual([
      expect.objectContaining({ kind: 'term-end', date: '2026-06-30', zone: 'Europe/London' }),
      expect.objectContaining({ kind: 'extension-notice', date: '2026-04-01', section: '2.2' }),
    ]);
    expect(v.margin).toEqual({ days: 0, earliestCompliantDate: '2026-06-30' });
    expect(v.rules.some((r) => r.startsWith('count-backward:'))).toBe(true);
  });

  it('one day late: the option has lapsed', () => {
    const v = judge('2 April 2026', 'Please accept this letter as our notice of renewal under clause 2.2 of the Agreement.');
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.shortfall).toEqual({ amount: 1, unit: 'day' });
    expect(v.explanation[0]).toMatch(/^NON_COMPLIANT: the notice exercising the option arrived 1 day after the deadline in Section 2\.2/);
    expect(v.explanation.join(' ')).toMatch(/the option has lapsed, and the agreement ends on 2026-06-30/);
    // No date would have complied: the margin is how late the notice was against the last day for notice.
    expect(v.margin).toEqual({ days: -1, earliestCompliantDate: null, lastNoticeDate: '2026-04-01' });
  });

  it('is judged by the holder of the option, the Customer, not the Supplier it writes to', () => {
    const option = analyzeText(AGREEMENT).provisions.find((p) => p.type === 'extension-notice');
    expect(option?.party).toBe('Brambleway Retail plc');
  });

  it("the agreement's deadlines include the last day to exercise the option", () => {
    const deadlines = agreementDeadlines(analyzeText(AGREEMENT), { now: '2026-01-05T09:00:00Z', defaultZone: 'UTC' });
    expect(deadlines).toContainEqual(expect.objectContaining({ kind: 'extension-notice', date: '2026-04-01', zone: 'Europe/London' }));
  });
});
