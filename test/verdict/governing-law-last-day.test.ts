import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, WrittenMoment } from '../../lib/domain/types.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { period, provision } from '../support/analysis-builders.ts';

// "Either party may terminate this Agreement if the other party materially breaches it and fails to cure
// the breach within thirty (30) days after receipt of written notice thereof."
const PARTIES = [
  { name: 'Nimbus Cloud, Inc.', aliases: ['Provider'], role: 'provider' },
  { name: 'Keel Freight Co.', aliases: ['Customer'], role: 'customer' },
];
const CAUSE = provision('termination-for-cause', 'either', '12.3', {
  cure: period(30, 'day', { anchor: 'receipt-of-notice' }),
  grounds: ['material-breach'],
});
const CONVENIENCE_30 = provision('termination-for-convenience', 'either', '12.2', { notice: period(30, 'day') });
// "Either party may prevent renewal by giving notice at least thirty (30) days before the end of the then-current term."
const NON_RENEWAL_30 = provision('non-renewal', 'either', '2.2', { notice: period(30, 'day', { anchor: 'end-of-term' }) });
const TERM = {
  agreementDate: null,
  effectiveDate: '2023-01-01',
  expirationDate: '2024-12-31',
  initialTerm: null,
  renewal: { type: 'automatic' as const, term: period(1, 'year') },
};

const agreement = (law: string, provisions: Provision[], extra: Partial<AgreementAnalysis> = {}): AgreementAnalysis => ({
  kind: 'agreement',
  pages: 1,
  parties: PARTIES,
  provisions: [provision('notice-delivery', 'either', '14', { deliveries: [{ method: 'email', rule: 'when-sent' }] }), ...provisions],
  term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
  governingLaw: law,
  ...extra,
});
const moment = (date: string, time: string | null = null): WrittenMoment => ({ date, time, zoneLabel: null, text: date, start: 0, end: 0 });
const letter = (extra: Partial<LetterAnalysis>): LetterAnalysis => ({
  senderText: 'Nimbus Cloud, Inc.',
  recipientText: 'Keel Freight Co.',
  sent: moment('2024-03-01', '10:00'),
  deliveryMethod: 'email',
  action: 'breach-notice',
  effective: null,
  sectionsCited: [],
  grounds: ['material-breach'],
  curePeriod: null,
  problems: [],
  ...extra,
});
const judge = (a: AgreementAnalysis, l: LetterAnalysis) => judgeLetter(a, l, { defaultZone: 'UTC' });

describe('governing law and the last day of a cure period (a period for doing an act)', () => {
  it.each([
    {
      name: 'New York: thirty days ending on a Sunday give until Monday (Gen. Constr. Law § 25)',
      law: 'US-NY',
      sent: '2024-03-01',
      cureEnd: '2024-04-01',
      rule: 'last-day-next-business-day',
    },
    {
      name: 'New York: a Saturday before Memorial Day gives until Tuesday',
      law: 'US-NY',
      sent: '2024-04-25',
      cureEnd: '2024-05-28',
      rule: 'last-day-next-business-day',
    },
    {
      name: 'New York: a cure period ending on a weekday does not move',
      law: 'US-NY',
      sent: '2024-03-04',
      cureEnd: '2024-04-03',
      rule: 'last-day-next-business-day',
    },
    {
      name: 'California: no rule moves a contractual last day',
      law: 'US-CA',
      sent: '2024-03-01',
      cureEnd: '2024-03-31',
      rule: 'last-day-no-roll',
    },
    {
      name: 'England: the common law does not move the day',
      law: 'GB',
      sent: '2024-03-01',
      cureEnd: '2024-03-31',
      rule: 'last-day-no-roll',
    },
  ])('$name', ({ law, sent, cureEnd, rule }) => {
    const v = judge(agreement(law, [CAUSE]), letter({ sent: moment(sent, '10:00') }));
    expect(v.deadlines).toEqual([expect.objectContaining({ kind: 'cure-period-end', date: cureEnd })]);
    expect(v.rules.some((r) => r.startsWith(`${rule}:`))).toBe(true);
  });

  it('cites the statute that moved the cure deadline', () => {
    const v = judge(agreement('US-NY', [CAUSE]), letter({}));
    expect(v.explanation.join(' ')).toMatch(
      /2024-03-31 is a Sunday, so the last day to cure moves to 2024-04-01 \(N\.Y\. Gen\. Constr\. Law § 25\)/,
    );
    expect(v.rules.find((r) => r.startsWith('last-day-next-business-day:'))).toMatch(/N\.Y\. Gen\. Constr\. Law § 25/);
  });

  it('New York: a termination for breach on the Sunday the cure period would have ended is one day early', () => {
    const terminate = letter({ action: 'termination', effective: { kind: 'moment', moment: moment('2024-03-31') } });
    expect(judge(agreement('US-CA', [CAUSE]), terminate).status).toBe('CONDITIONAL');
    const ny = judge(agreement('US-NY', [CAUSE]), terminate);
    expect(ny.status).toBe('NON_COMPLIANT');
    expect(ny.earliestCompliantDate).toBe('2024-04-01');
  });

  it("New York: the day a notice takes effect is not moved (thirty days' notice ending on a Sunday)", () => {
    const v = judge(
      agreement('US-NY', [CONVENIENCE_30]),
      letter({ action: 'termination', grounds: [], effective: { kind: 'moment', moment: moment('2024-03-31') } }),
    );
    expect(v.status).toBe('COMPLIANT');
    expect(v.provisions[0]?.earliestEffectiveDate).toBe('2024-03-31');
  });
});

describe('governing law and a non-renewal deadline counted backward', () => {
  const nonRenewal = (law: string, sent: string) =>
    judge(
      agreement(law, [NON_RENEWAL_30], { term: TERM }),
      letter({ action: 'non-renewal', grounds: [], sent: moment(sent, '09:00'), effective: { kind: 'end-of-term' } }),
    );

  it('New York: a deadline on a Sunday is not moved later; a notice on the Monday after is late', () => {
    const v = nonRenewal('US-NY', '2024-12-02');
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.rules.some((r) => r.startsWith('last-day-no-roll:'))).toBe(true);
    expect(v.explanation.join(' ')).toMatch(/2024-12-01 is a Sunday\. N\.Y\. Gen\. Constr\. Law § 25 may extend .* kept at 2024-12-01/);
  });

  it('New York: a notice received on the Sunday deadline is in time', () => {
    expect(nonRenewal('US-NY', '2024-12-01').status).toBe('COMPLIANT');
  });

  it('California: no note about a statute that does not govern', () => {
    expect(nonRenewal('US-CA', '2024-12-02').explanation.join(' ')).not.toMatch(/Gen\. Constr\. Law/);
  });
});
