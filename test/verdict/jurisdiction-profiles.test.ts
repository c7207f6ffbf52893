import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, WrittenMoment } from '../../lib/domain/types.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { period, provision } from '../support/analysis-builders.ts';

// "Either party may terminate this Agreement if the other party materially breaches it and fails to cure
// the breach within thirty (30) days after receipt of written notice thereof."
const CAUSE = provision('termination-for-cause', 'either', '9.2', { cure: period(30, 'day'), grounds: ['material-breach'] });
// "Either party may give notice of non-renewal no later than thirty (30) days before the end of the then-current term."
const NON_RENEWAL = provision('non-renewal', 'either', '2.3', { notice: period(30, 'day', { anchor: 'end-of-term' }) });
const TERM: AgreementAnalysis['term'] = {
  agreementDate: null,
  effectiveDate: '2023-01-01',
  expirationDate: '2024-12-31',
  initialTerm: null,
  renewal: { type: 'automatic', term: period(1, 'year') },
};
const agreement = (law: string, provisions: Provision[], term: AgreementAnalysis['term'] | null = null): AgreementAnalysis => ({
  kind: 'agreement',
  pages: 1,
  parties: [
    { name: 'Lindqvist Maschinenbau GmbH', aliases: ['Supplier'], role: 'provider' },
    { name: 'Harrow Components Ltd', aliases: ['Buyer'], role: 'customer' },
  ],
  provisions: [provision('notice-delivery', 'either', '15', { deliveries: [{ method: 'email', rule: 'when-sent' }] }), ...provisions],
  term: term ?? { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
  governingLaw: law,
});
const moment = (date: string, time: string | null = '10:00'): WrittenMoment => ({
  date,
  time,
  zoneLabel: null,
  text: date,
  start: 0,
  end: 0,
});
const letter = (extra: Partial<LetterAnalysis>): LetterAnalysis => ({
  senderText: 'Lindqvist Maschinenbau GmbH',
  recipientText: 'Harrow Components Ltd',
  sent: moment('2024-03-01'),
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
const rule = (rules: string[], id: string) => rules.find((r) => r.startsWith(`${id}:`)) ?? '';

describe('verdicts under the jurisdiction profiles', () => {
  it('Germany: a cure period ending on Easter Sunday runs to the Tuesday after Easter Monday (BGB § 193)', () => {
    const v = judge(agreement('DE', [CAUSE]), letter({}));
    expect(v.deadlines).toEqual([expect.objectContaining({ kind: 'cure-period-end', date: '2024-04-02', zone: 'Europe/Berlin' })]);
    expect(v.explanation.join(' ')).toMatch(/so the last day to cure moves to 2024-04-02 \(BGB § 193\)/);
    expect(rule(v.rules, 'last-day-next-business-day')).toMatch(/BGB § 193/);
    expect(rule(v.rules, 'calendar-days')).toMatch(/BGB § 187\(1\)/);
    expect(rule(v.rules, 'jurisdiction-profile')).toMatch(/Germany \(DE\).*zone Europe\/Berlin; slashed dates day first/);
  });

  it('Germany: a notice deadline on a Sunday does not move; notice on the Monday after is late (BGH, III ZR 172/04)', () => {
    const nonRenewal = (sent: string) =>
      judge(
        agreement('DE', [NON_RENEWAL], TERM),
        letter({ action: 'non-renewal', grounds: [], sent: moment(sent, '09:00'), effective: { kind: 'end-of-term' } }),
      );
    const late = nonRenewal('2024-12-02');
    expect(late.status).toBe('NON_COMPLIANT');
    expect(late.explanation.join(' ')).toMatch(/2024-12-01 is a Sunday\. Under German law .*BGH, III ZR 172\/04/);
    expect(rule(late.rules, 'last-day-no-roll')).toMatch(/BGB § 193 does not apply to notice periods/);
    expect(nonRenewal('2024-12-01').status).toBe('COMPLIANT');
  });

  it('Ontario: a cure period ending on Family Day stays put (Legislation Act, 2006 s. 89 governs statutory limits)', () => {
    // Notice received 2025-01-18; thirty days end on Monday 17 February 2025, Family Day.
    const v = judge(agreement('CA-ON', [CAUSE]), letter({ sent: moment('2025-01-18') }));
    expect(v.deadlines).toEqual([expect.objectContaining({ kind: 'cure-period-end', date: '2025-02-17', zone: 'America/Toronto' })]);
    expect(rule(v.rules, 'last-day-no-roll')).toMatch(/Legislation Act, 2006.*s\. 89\(1\)/);
  });

  it('England and Wales: the day of receipt is excluded (Lester v Garland), counted in London', () => {
    const v = judge(agreement('GB', [CAUSE]), letter({}));
    expect(v.deadlines).toEqual([expect.objectContaining({ kind: 'cure-period-end', date: '2024-03-31', zone: 'Europe/London' })]);
    expect(rule(v.rules, 'calendar-days')).toMatch(/Lester v Garland \(1808\) 15 Ves 248/);
    expect(rule(v.rules, 'jurisdiction-profile')).toMatch(/England and Wales \(GB-ENG\)/);
  });
});
