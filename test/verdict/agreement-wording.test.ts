import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';

/** Notice clauses in their common variants, read through the whole agreement analysis. */
const noticeClause = (clause: string) => {
  const text = `SERVICES AGREEMENT\n\nThis Services Agreement is made as of 1 May 2024 between Alder Row Ltd ("Supplier") and Birchfield Media LLC ("Customer").\n\n11. TERM. This Agreement continues until terminated by either party.\n\n12.1 Notices. ${clause}\n\n13. Governing law. This Agreement is governed by the laws of the State of New York.\n`;
  const provisions = analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' }).provisions;
  return provisions.filter((p) => p.type === 'notice-delivery');
};

describe('deemed receipt and last-day wording in common variants', () => {
  it("email after 5:00 p.m. (recipient's local time) or on a non-Business Day: received the next Business Day, else when sent", () => {
    const [delivery] = noticeClause(
      "Any notice shall be in writing. Notices sent by email after 5:00 p.m. (recipient's local time) or on a day that is not a Business Day are deemed received on the next Business Day.",
    );
    expect(delivery?.deliveries).toContainEqual({ method: 'email', rule: 'when-sent', cutoff: '17:00', cutoffZone: 'recipient' });
  });

  it('"effective when sent, but notices sent by email after 6 pm … the next business day" keeps the cut-off', () => {
    const [delivery] = noticeClause(
      'A notice sent by email is deemed received when sent, but notices sent by email after 6 pm on a business day are deemed received on the next business day.',
    );
    expect(delivery?.deliveries).toContainEqual({ method: 'email', rule: 'when-sent', cutoff: '18:00' });
  });

  it('English recorded delivery: deemed received two Business Days after posting', () => {
    const [delivery] = noticeClause('A notice sent by recorded delivery shall be deemed received two Business Days after posting.');
    expect(delivery?.deliveries).toContainEqual({ method: 'registered-mail', rule: 'after-business-days', amount: 2 });
  });

  it('first class post: the second Business Day after posting', () => {
    const [delivery] = noticeClause(
      'A notice sent by pre-paid first class post shall be deemed received on the second Business Day after posting.',
    );
    expect(delivery?.deliveries).toContainEqual({ method: 'mail', rule: 'after-business-days', amount: 2 });
  });

  it.each([
    'If the last day of any period is not a Business Day, the period ends on the next Business Day.',
    'If the last day for giving any notice falls on a day which is not a business day, it shall be extended to the next business day.',
  ])('a last-day roll clause: "%s"', (clause) => {
    expect(noticeClause(clause).some((p) => p.nextBusinessDayRule === true)).toBe(true);
  });
});

describe('slashed dates in an agreement follow its governing law, as in letters', () => {
  const agreementUnder = (law: string) =>
    analyzeAgreement({
      text: `SUPPORT AGREEMENT\n\nThis Support Agreement is made on 04/06/2025 between Kestle Marine Ltd ("Supplier") and Orwell Barges Ltd ("Customer").\n\n2. TERM. This Agreement commences on 04/06/2025 and ends on 03/06/2026.\n\n9. GOVERNING LAW. This Agreement is governed by ${law}.\n`,
      pages: 1,
      pageStarts: [0],
      format: 'txt',
    });

  it('day first under the law of England and Wales: 04/06/2025 is 4 June 2025', () => {
    const a = agreementUnder('the law of England and Wales');
    expect(a.governingLaw).toBe('GB');
    expect(a.term.effectiveDate).toBe('2025-06-04');
    expect(a.term.expirationDate).toBe('2026-06-03');
    expect(a.provisions.find((p) => p.type === 'term')?.text ?? '').not.toMatch(/\d\.\d{2}\.\d{4}/);
  });

  it('month first under New York law: 04/06/2025 is 6 April 2025', () => {
    const a = agreementUnder('the laws of the State of New York');
    expect(a.term.effectiveDate).toBe('2025-04-06');
  });
});
