import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import type { ExtractedText, Verdict } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

/** The whole pipeline on the shipped examples: text → agreement → letter → verdict. */
const file = (path: string): ExtractedText => ({
  text: readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'),
  pages: 1,
  pageStarts: [0],
  format: 'txt',
});
const judge = (folder: string, letter = 'letter.txt'): Verdict =>
  judgeLetter(analyzeAgreement(file(`${folder}/agreement.txt`)), analyzeLetter(file(`${folder}/${letter}`)), { defaultZone: 'UTC' });
const ruleIds = (v: Verdict): string[] => v.rules.map((r) => r.split(':')[0] as string);
const provision = (v: Verdict, section: string) => v.provisions.find((p) => p.section === section);

describe('hosting-suspension: suspension effective the next day, allowed only on a ground', () => {
  const v = judge('hosting-suspension');

  it('is CONDITIONAL on the policy-violation ground, naming the condition in plain words', () => {
    expect(v.status).toBe('CONDITIONAL');
    expect(v.explanation[0]).toMatch(/only if there was a violation of the acceptable use policy/);
    expect(provision(v, '3.1')).toMatchObject({
      type: 'suspension',
      satisfied: true,
      condition: expect.stringMatching(/^a violation of the acceptable use policy$/),
    });
  });

  it('gives 2021-02-08 as the earliest date under the 30-day routes, 29 days short', () => {
    expect(v.earliestCompliantDate).toBe('2021-02-08');
    expect(v.shortfall).toEqual({ amount: 29, unit: 'day' });
    expect(provision(v, '4.2')).toMatchObject({ satisfied: false, earliestEffectiveDate: '2021-02-08', condition: null });
    expect(provision(v, '4.3')).toMatchObject({ satisfied: false, earliestEffectiveDate: '2021-02-08' });
  });

  it('takes the email as received when sent, in Pacific time', () => {
    expect(v.noticeGivenAt).toBe('2021-01-09T18:07:00-08:00');
    expect(v.noticeReceivedAt).toBe('2021-01-09T18:07:00-08:00');
    expect(v.effectiveAt).toBe('2021-01-10T23:59:00-08:00');
    expect(v.zone).toBe('America/Los_Angeles');
    expect(ruleIds(v)).toEqual(
      expect.arrayContaining(['zone-from-letter', 'deemed-receipt-email-when-sent', 'calendar-days', 'last-day-no-roll']),
    );
  });

  it('resolves sender and recipient to the parties and lists the suspension deadline', () => {
    expect(v.sender).toBe('Stratoshelf Hosting, Inc.');
    expect(v.recipient).toBe('Kestrel Analytics LLC');
    expect(v.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'suspension-effective', date: '2021-01-10', at: '2021-01-10T23:59:00-08:00' }),
    );
  });
});

describe('late-non-renewal: sixty days before the end of the term, counted back', () => {
  const v = judge('late-non-renewal');

  it('is NON_COMPLIANT: received 11 days after the 2024-11-01 deadline', () => {
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.shortfall).toEqual({ amount: 11, unit: 'day' });
    expect(v.explanation.join(' ')).toMatch(/notice had to be received by 2024-11-01/);
  });

  it("reaches the next cycle: the agreement can end on 2025-12-31, with that cycle's deadline 2025-11-01", () => {
    expect(v.earliestCompliantDate).toBe('2025-12-31');
    expect(v.deadlines).toContainEqual(expect.objectContaining({ kind: 'non-renewal-notice', date: '2025-11-01' }));
    expect(v.deadlines).toContainEqual(expect.objectContaining({ kind: 'term-end', date: '2025-12-31' }));
    expect(ruleIds(v)).toContain('count-backward');
  });
});

describe('certified-mail-holiday: ten business days after mail received across Christmas and New Year', () => {
  const v = judge('certified-mail-holiday');

  it('deems the mail received on 2025-12-26, three business days after posting (Christmas skipped)', () => {
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2025-12-26');
    expect(v.zone).toBe('America/New_York');
  });

  it('is NON_COMPLIANT by one business day: the earliest date is 2026-01-12, not 2026-01-09', () => {
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2026-01-12');
    expect(v.shortfall).toEqual({ amount: 1, unit: 'business-day' });
    expect(ruleIds(v)).toContain('business-days');
  });
});

describe('leap-year-month: one month from 31 January 2024', () => {
  const v = judge('leap-year-month');

  it('is COMPLIANT with effect from 29 February 2024, the clamped month end', () => {
    expect(v.status).toBe('COMPLIANT');
    expect(provision(v, '2.2')).toMatchObject({ satisfied: true, earliestEffectiveDate: '2024-02-29' });
    expect(ruleIds(v)).toEqual(expect.arrayContaining(['calendar-months', 'month-end-clamp']));
  });
});

describe('breach-notice: a notice that starts a thirty-day cure period', () => {
  const v = judge('breach-notice');

  it('is a COMPLIANT breach notice judged under Section 8.1', () => {
    expect(v.action).toBe('breach-notice');
    expect(v.status).toBe('COMPLIANT');
    expect(provision(v, '8.1')).toMatchObject({ type: 'termination-for-cause', satisfied: true });
  });

  it('deems the certified mail received on 2024-03-07', () => {
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2024-03-07');
  });

  it('yields a cure-period-end deadline', () => {
    expect(v.deadlines.map((d) => d.kind)).toEqual(['cure-period-end']);
  });

  // Section 9.2 moves a last day on a weekend to the next business day: 6 April 2024 is a Saturday.
  it('ends the cure period on Monday 2024-04-08 (Section 9.2 moves it off the Saturday)', () => {
    expect(v.deadlines[0]?.date).toBe('2024-04-08');
  });
});

describe("different-notice-periods: each letter judged by its sender's own right", () => {
  it("the Client's 30-day right: COMPLIANT effective 2024-05-03 (earliest 2024-05-02)", () => {
    const v = judge('different-notice-periods', 'letter-from-client.txt');
    expect(v.status).toBe('COMPLIANT');
    expect(v.sender).toBe('Pell & Tran Accounting LLP');
    expect(provision(v, '3.2')).toMatchObject({ applies: true, satisfied: true, earliestEffectiveDate: '2024-05-02' });
    expect(provision(v, '3.3')).toMatchObject({ applies: false, satisfied: null });
  });

  it("the Provider's 90-day right: NON_COMPLIANT, earliest 2024-07-01, 3 days short", () => {
    const v = judge('different-notice-periods', 'letter-from-provider.txt');
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.sender).toBe('Vantor Shield Networks, Inc.');
    expect(v.earliestCompliantDate).toBe('2024-07-01');
    expect(v.shortfall).toEqual({ amount: 3, unit: 'day' });
    expect(provision(v, '3.2')).toMatchObject({ applies: false });
    expect(ruleIds(v)).toContain('deemed-receipt-next-business-day');
  });
});

describe('ground-mismatch: a suspension for late payment is judged by the late-payment right, not the security one', () => {
  const v = judge('ground-mismatch');

  it('is NON_COMPLIANT: the right that fits non-payment needs five days, the letter gave two', () => {
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2025-10-11');
    expect(v.margin).toEqual({ days: -3, earliestCompliantDate: '2025-10-11' });
  });

  it('sets the security clause aside and says which stated ground matched which clause, in plain words', () => {
    expect(provision(v, '3.1')).toMatchObject({ applies: false });
    expect(provision(v, '3.2')).toMatchObject({ applies: true, satisfied: false, condition: 'non-payment' });
    const grounds = v.explanation.find((s) => s.startsWith('The letter asserts'));
    expect(grounds).toMatch(/non-payment, which matches Section 3\.2/);
    expect(grounds).toMatch(/Set aside .*Section 3\.1 \(a security risk\)/);
    expect(v.explanation.join(' ')).not.toMatch(/security-risk|policy-violation|material-breach|\(cause\)/);
  });
});

describe('wrong-agreement: a letter between two other companies', () => {
  const v = judge('wrong-agreement');

  it('is NEEDS_REVIEW, naming both sets of parties, even though its dates would comply', () => {
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons).toContain(
      "the letter's parties (Halversen Logistics, Inc., Brightwater Grocers Co-op) are not parties to this agreement (Quillon Precision Services LLC, Maribel Foods Company)",
    );
  });
});

describe('term-end-dispute: the letter counts the term one day shorter than the agreement is read', () => {
  const v = judge('term-end-dispute');

  it('is NEEDS_REVIEW with both readings and their answers', () => {
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.readings?.map((r) => [r.description, r.status])).toEqual([
      ['the term ends on 2027-07-01', 'COMPLIANT'],
      ['the term ends on 2027-06-30, as the letter states', 'NON_COMPLIANT'],
    ]);
  });

  it('puts the earlier deadline first for anyone acting on it', () => {
    expect(v.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'non-renewal-notice', safeDate: '2027-05-01', latestDate: '2027-05-02' }),
    );
  });

  it('reads the time from the sending line under the date', () => {
    expect(v.noticeGivenAt).toBe('2027-05-02T09:20:00-05:00');
  });
});

describe('english-law-notice: parties under a PARTIES heading, a day-first date, recorded delivery', () => {
  const v = judge('english-law-notice');

  it('names the English companies, not "Wales with company number …"', () => {
    expect(v.sender).toBe('Ashdown Mercantile plc');
    expect(v.recipient).toBe('Fenwick Harbour Limited');
  });

  it('reads 04/06/2025 as 4 June and deems recorded delivery received two Business Days later', () => {
    expect(v.noticeGivenAt?.slice(0, 10)).toBe('2025-06-04');
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2025-06-06');
  });

  it('is COMPLIANT with one day to spare under the one-month right', () => {
    expect(v.status).toBe('COMPLIANT');
    expect(v.margin).toEqual({ days: 1, earliestCompliantDate: '2025-07-06' });
    expect(v.explanation.join(' ')).toMatch(/relies on convenience and asserts no ground/);
  });
});
