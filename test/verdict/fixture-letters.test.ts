import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import type { AgreementAnalysis, ExtractedText, Verdict } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

/**
 * Letters in real styles judged against a constructed services agreement: Provider (Northwind) may suspend on
 * 10 days' notice for non-payment (7.4) and terminate for convenience on 90 days' notice (11.1); Customer
 * (Larkspur) may terminate for convenience on 30 days' notice (11.2); either may terminate for a material
 * breach uncured 30 days after receipt of notice (11.3); the term ends June 30, 2024 and renews unless
 * notice is given 60 days before (12.2); email before 5 p.m. is received when sent (13.1); Colorado law.
 */
const doc = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/letters/${name}.txt`, import.meta.url), 'utf8');
const AGREEMENT_TEXT = fixture('northwind-larkspur-agreement');
const agreement = analyzeAgreement(doc(AGREEMENT_TEXT));
const judge = (letterText: string, against: AgreementAnalysis = agreement): Verdict =>
  judgeLetter(against, analyzeLetter(doc(letterText)), { defaultZone: 'UTC' });
const provision = (v: Verdict, section: string) => v.provisions.find((p) => p.section === section);

describe("a customer letter is judged by the customer's rights, never the provider's", () => {
  it("the customer terminating on notice under its own 30-day right is COMPLIANT; the provider's 90-day right does not govern", () => {
    const v = judge(fixture('letterhead-customer-termination-fedex'));
    expect(v.status).toBe('COMPLIANT');
    expect(v.sender).toBe('Larkspur Retail Group LLC');
    expect(provision(v, '11.1')).toMatchObject({ applies: false, satisfied: null });
    expect(provision(v, '11.2')).toMatchObject({ applies: true, satisfied: true, earliestEffectiveDate: '2024-04-04' });
  });

  it("a customer citing the provider's section by mistake is still judged by its own right", () => {
    const v = judge(fixture('letterhead-customer-termination-fedex').replace('Section 11.2', 'Section 11.1'));
    expect(v.status).toBe('COMPLIANT');
    expect(provision(v, '11.1')).toMatchObject({ applies: false });
    expect(provision(v, '11.2')).toMatchObject({ applies: true, satisfied: true });
    expect(v.explanation.join(' ')).toMatch(
      /Section 11\.1 does not govern this letter: it is a right of Northwind Data Services, Inc\., not of the sender/,
    );
  });

  it("a law firm writing on behalf of the customer is the customer's notice", () => {
    const v = judge(fixture('law-firm-on-behalf-of-client'));
    expect(v.sender).toBe('Larkspur Retail Group LLC');
    expect(v.status).toBe('COMPLIANT');
  });
});

describe('a letter citing a section is judged by it', () => {
  it('a provider termination citing 11.1 is judged by 11.1 alone (90 days from recorded delivery)', () => {
    const v = judge(fixture('uk-provider-termination-for-and-on-behalf'));
    expect(v.provisions.filter((p) => p.applies).map((p) => p.section)).toEqual(['11.1']);
    expect(provision(v, '11.1')).toMatchObject({ satisfied: true });
    expect(v.status).toBe('COMPLIANT');
  });

  it("a suspension citing 7.4 for non-payment is CONDITIONAL on the non-payment, on 10 days' notice", () => {
    const v = judge(fixture('outlook-provider-suspension-nonpayment'));
    expect(v.status).toBe('CONDITIONAL');
    expect(provision(v, '7.4')).toMatchObject({
      satisfied: true,
      earliestEffectiveDate: '2024-03-14',
      condition: expect.stringMatching(/non-payment/),
    });
  });
});

describe('effective dates the letter computes itself', () => {
  it('"upon the expiration of ninety (90) days from the date of this letter" counts from the letter\'s date', () => {
    const v = judge(fixture('gmail-customer-termination-90-days'));
    expect(v.effectiveAt?.slice(0, 10)).toBe('2024-06-02');
    expect(v.status).toBe('COMPLIANT');
  });

  it('no effective date → NEEDS_REVIEW with the reason', () => {
    const v = judge(fixture('customer-termination-no-effective-date'));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons).toContain('no effective date: the letter does not say when it takes effect');
  });

  it('a date that does not exist (February 30) → NEEDS_REVIEW naming it', () => {
    const v = judge(fixture('impossible-date-termination'));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join('; ')).toMatch(/the date "February 30, 2024" does not exist in the calendar/);
    expect(v.reviewReasons?.join('; ')).not.toMatch(/unparseable/);
  });

  it('an undated letter → NEEDS_REVIEW: receipt cannot be fixed', () => {
    const v = judge(fixture('undated-provider-termination'));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join('; ')).toMatch(/date the letter was sent is not stated/);
  });
});

describe('non-renewal', () => {
  it('citing Section 12.2, received more than 60 days before June 30, 2024, is COMPLIANT', () => {
    const v = judge(fixture('electronic-mail-non-renewal-section'));
    expect(v.status).toBe('COMPLIANT');
    expect(provision(v, '12.2')).toMatchObject({ type: 'non-renewal', satisfied: true, earliestEffectiveDate: '2024-06-30' });
  });

  const evergreen = analyzeAgreement(
    doc(
      AGREEMENT_TEXT.replace(
        /12\. TERM AND RENEWAL[\s\S]*?(?=13\. NOTICES)/,
        "12. TERM\n\n12.2 Term. This Agreement begins on the Effective Date and continues until terminated by either party upon sixty (60) days' prior written notice to the other party.\n\n",
      ),
    ),
  );

  it('of an evergreen agreement is read as notice ending it, counted forward from receipt', () => {
    const v = judge(fixture('electronic-mail-non-renewal-section'), evergreen);
    expect(v.status).toBe('COMPLIANT');
    expect(provision(v, '12.2')).toMatchObject({ satisfied: true, earliestEffectiveDate: '2024-05-03' });
    expect(v.explanation.join(' ')).toMatch(/no fixed term \(it continues until terminated\)/);
  });

  it('of an evergreen agreement with no date takes effect at the earliest date the notice allows', () => {
    const letter =
      'Larkspur Retail Group LLC\n\nMarch 4, 2024\n\nVia Electronic Mail\n\nRe: Non-renewal\n\nLarkspur Retail Group LLC hereby gives notice that it will not renew the Master Services Agreement.\n\nSincerely,\nLarkspur Retail Group LLC';
    const v = judge(letter, evergreen);
    expect(v.status).toBe('COMPLIANT');
    expect(v.explanation.join(' ')).toMatch(/names no date, so it takes effect at the earliest date the notice allows, 2024-05-03/);
  });
});

describe('termination for cause after an earlier breach notice', () => {
  it('counts the cure from "our letter of March 1, 2024": CONDITIONAL on the uncured breach', () => {
    const v = judge(fixture('termination-for-cause-after-earlier-notice'));
    expect(v.status).toBe('CONDITIONAL');
    expect(provision(v, '11.3')).toMatchObject({ satisfied: true, earliestEffectiveDate: '2024-03-31' });
    expect(v.explanation.join(' ')).toMatch(/cure period is counted from 2024-03-01, the date of the earlier notice of breach/);
  });

  it('without a dated earlier notice counts the cure from this letter, and says so and why', () => {
    const v = judge(fixture('termination-for-cause-earlier-notice-undated'));
    expect(provision(v, '11.3')).toMatchObject({ satisfied: false, earliestEffectiveDate: '2024-05-08' });
    expect(v.explanation.join(' ')).toMatch(
      /cure period is counted from this letter's receipt because the letter mentions an earlier notice of breach .* but does not date it/,
    );
  });

  it('a breach notice starts the cure period and yields its end', () => {
    const v = judge(fixture('certified-breach-notice-cure'));
    expect(v.action).toBe('breach-notice');
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2024-03-07');
    expect(v.deadlines).toContainEqual(expect.objectContaining({ kind: 'cure-period-end', date: '2024-04-06' }));
  });
});

describe('a dated letter without a time, under an email cut-off', () => {
  const letter = (sentLine: string): string =>
    `${sentLine}\n\nVia Electronic Mail\n\nRe: Termination\n\nLarkspur Retail Group LLC hereby terminates the Master Services Agreement under Section 11.2, effective March 31, 2024.\n\nSincerely,\nLarkspur Retail Group LLC`;

  it('needs review when sending after 5:00 p.m. would move receipt past the last day that works', () => {
    const v = judge(letter('Friday, March 1, 2024'));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join('; ')).toMatch(/no time of sending: .* received on 2024-03-01, sent after it on 2024-03-04/);
  });

  it('is COMPLIANT when the letter states a sending time before the cut-off', () => {
    const v = judge(
      `From: Marcus Oyelaran <marcus@larkspur.example>\nSent: Friday, March 1, 2024 10:00 AM MST\nTo: notices@northwind.example\nSubject: Termination\n\n${letter('').trim()}`,
    );
    expect(v.status).toBe('COMPLIANT');
  });

  it('does not need review when either receipt gives the same answer', () => {
    const v = judge(letter('Friday, March 1, 2024').replace('March 31, 2024', 'April 30, 2024'));
    expect(v.status).toBe('COMPLIANT');
  });
});

describe('"at midnight on" a date', () => {
  const letter = (effective: string): string =>
    `From: Marcus Oyelaran <marcus@larkspur.example>\nSent: Friday, March 1, 2024 10:00 AM MST\nTo: notices@northwind.example\nSubject: Termination\n\nLarkspur Retail Group LLC hereby terminates the Master Services Agreement under Section 11.2. Termination will take effect at midnight on ${effective}.\n\nLarkspur Retail Group LLC`;

  it('needs review when the start and the end of that day give different answers', () => {
    const v = judge(letter('March 30, 2024'));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join('; ')).toMatch(
      /"midnight on March 30, 2024": read as the start of 2024-03-30 the notice does not suffice, read as the end of that day it suffices/,
    );
  });

  it('is decided when both readings agree', () => {
    expect(judge(letter('March 31, 2024')).status).toBe('COMPLIANT');
  });
});
