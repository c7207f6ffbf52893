import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, Unit, WrittenMoment } from '../../lib/domain/types.ts';
import { addPeriod } from '../../lib/time/add-period.ts';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { agreementDeadlines } from '../../lib/verdict/agreement-deadlines.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { period, provision } from '../support/analysis-builders.ts';

const PROVIDER = { name: 'Nimbus Cloud, Inc.', aliases: ['Nimbus', 'Provider'], role: 'provider' };
const CUSTOMER = { name: 'Keel Freight Co.', aliases: ['Customer'], role: 'customer' };
const agreement = (provisions: Provision[], extra: Partial<AgreementAnalysis> = {}): AgreementAnalysis => ({
  kind: 'agreement',
  pages: 1,
  parties: [PROVIDER, CUSTOMER],
  provisions: [provision('notice-delivery', 'either', '14', { deliveries: [{ method: 'email', rule: 'when-sent' }] }), ...provisions],
  term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
  governingLaw: 'US-NY',
  ...extra,
});
const moment = (date: string, time: string | null = null, zoneLabel: string | null = null): WrittenMoment => ({
  date,
  time,
  zoneLabel,
  text: date,
  start: 0,
  end: 0,
});
const letter = (extra: Partial<LetterAnalysis>): LetterAnalysis => ({
  senderText: 'Nimbus Cloud, Inc.',
  recipientText: 'Keel Freight Co.',
  sent: moment('2024-03-01', '10:00'),
  deliveryMethod: 'email',
  action: 'termination',
  effective: null,
  sectionsCited: [],
  grounds: [],
  curePeriod: null,
  problems: [],
  ...extra,
});
const on = (date: string) => ({ kind: 'moment' as const, moment: moment(date) });

const CONVENIENCE_30 = provision('termination-for-convenience', 'Nimbus Cloud, Inc.', '12.2', { notice: period(30, 'day') });
const CUSTOMER_CONVENIENCE_10 = provision('termination-for-convenience', 'Keel Freight Co.', '12.5', { notice: period(10, 'day') });
const CAUSE = provision('termination-for-cause', 'either', '12.3', {
  cure: period(30, 'day', { anchor: 'receipt-of-notice' }),
  grounds: ['material-breach'],
});
const SUSPEND = provision('suspension', 'Nimbus Cloud, Inc.', '5.1', { grounds: ['security-risk', 'policy-violation', 'breach'] });
const NON_RENEWAL = provision('non-renewal', 'either', '2.2', { notice: period(60, 'day', { anchor: 'end-of-term' }) });
const TERM = {
  agreementDate: null,
  effectiveDate: '2023-01-01',
  expirationDate: '2024-12-31',
  initialTerm: null,
  renewal: { type: 'automatic' as const, term: period(1, 'year') },
};

describe('judgeLetter: status by case', () => {
  it.each([
    ["30 days' convenience notice given exactly", [CONVENIENCE_30], { effective: on('2024-03-31') }, 'COMPLIANT', '2024-03-31'],
    ["30 days' convenience notice one day short", [CONVENIENCE_30], { effective: on('2024-03-30') }, 'NON_COMPLIANT', '2024-03-31'],
    [
      'a suspension tomorrow on a ground, 30-day routes as fallback',
      [SUSPEND, CONVENIENCE_30, CAUSE],
      { action: 'suspension', grounds: ['policy-violation'], effective: on('2024-03-02') },
      'CONDITIONAL',
      '2024-03-31',
    ],
    [
      "a customer letter is never judged by the provider's rights",
      [CONVENIENCE_30, CUSTOMER_CONVENIENCE_10],
      { senderText: 'Keel Freight Co.', recipientText: 'Nimbus', effective: on('2024-03-11') },
      'COMPLIANT',
      '2024-03-11',
    ],
    [
      "a customer letter with only the provider's right to use",
      [CONVENIENCE_30],
      { senderText: 'Keel Freight Co.', recipientText: 'Nimbus', effective: on('2024-06-01') },
      'NEEDS_REVIEW',
      null,
    ],
    ['no effective date', [CONVENIENCE_30], { effective: null }, 'NEEDS_REVIEW', '2024-03-31'],
    [
      'an unparseable date',
      [CONVENIENCE_30],
      { effective: null, problems: ['unparseable date: "February 30, 2024" does not exist'] },
      'NEEDS_REVIEW',
      '2024-03-31',
    ],
    [
      'grounds the right does not cover',
      [SUSPEND],
      { action: 'suspension', grounds: ['insolvency'], effective: on('2024-03-02') },
      'NEEDS_REVIEW',
      null,
    ],
  ] as const)('%s → %s', (_name, provisions, extra, status, earliest) => {
    const v = judgeLetter(agreement([...provisions]), letter(extra as Partial<LetterAnalysis>), { defaultZone: 'UTC' });
    expect(v.status).toBe(status);
    expect(v.earliestCompliantDate).toBe(earliest);
  });

  it('names the condition of a CONDITIONAL verdict and the shortfall in days', () => {
    const v = judgeLetter(
      agreement([SUSPEND, CONVENIENCE_30]),
      letter({ action: 'suspension', grounds: ['policy-violation'], effective: on('2024-03-02') }),
      { defaultZone: 'UTC' },
    );
    expect(v.explanation[0]).toMatch(/only if there was a violation of the acceptable use policy/);
    expect(v.shortfall).toEqual({ amount: 29, unit: 'day' });
  });

  it('flags words and digits that disagree when the reading changes the answer ("sixty (90) days")', () => {
    const mismatch = provision('termination-for-convenience', 'either', '9', {
      notice: period(90, 'day', { words: 60, digits: 90, text: 'sixty (90) days' }),
    });
    const v = judgeLetter(agreement([mismatch]), letter({ effective: on('2024-05-15') }), { defaultZone: 'UTC' });
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(/sixty \(90\) days/);
  });

  it("a late non-renewal reaches the next term, naming the next cycle's deadline", () => {
    const v = judgeLetter(
      agreement([NON_RENEWAL], { term: TERM }),
      letter({ action: 'non-renewal', sent: moment('2024-11-12', '09:00'), effective: { kind: 'end-of-term' } }),
      { defaultZone: 'UTC' },
    );
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2025-12-31');
    expect(v.shortfall).toEqual({ amount: 11, unit: 'day' });
    expect(v.deadlines).toContainEqual(expect.objectContaining({ kind: 'non-renewal-notice', date: '2025-11-01' }));
  });

  it('a breach notice offering less cure time than the agreement is NON_COMPLIANT and yields the cure deadline', () => {
    const v = judgeLetter(
      agreement([CAUSE]),
      letter({ action: 'breach-notice', curePeriod: period(10, 'day'), grounds: ['non-payment'] }),
      { defaultZone: 'UTC' },
    );
    expect(v.status).toBe('NON_COMPLIANT');
    // Thirty days from 1 March end on Sunday 31 March; New York law (Gen. Constr. Law § 25) gives the party in
    // breach until Monday 1 April to cure, so the letter's ten days (to 11 March) fall 21 days short.
    expect(v.shortfall).toEqual({ amount: 21, unit: 'day' });
    expect(v.deadlines).toEqual([expect.objectContaining({ kind: 'cure-period-end', date: '2024-04-01', section: '12.3' })]);
  });

  it('hours run from the instant of receipt across midnight', () => {
    const hours = provision('suspension', 'either', '6', { notice: period(48, 'hour') });
    const base = { action: 'suspension' as const, sent: moment('2024-03-01', '22:30') };
    const judge = (date: string, time: string) =>
      judgeLetter(agreement([hours]), letter({ ...base, effective: { kind: 'moment', moment: moment(date, time) } }), {
        defaultZone: 'UTC',
      });
    expect(judge('2024-03-03', '22:30').provisions[0]?.satisfied).toBe(true);
    expect(judge('2024-03-03', '22:29').provisions[0]?.satisfied).toBe(false);
  });
});

describe('judgeLetter: properties', () => {
  const units: Unit[] = ['day', 'business-day', 'week', 'month', 'year'];
  const arbitrary = fc.record({
    day: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }),
    unit: fc.constantFrom(...units),
    amount: fc.integer({ min: 1, max: 120 }),
  });
  const calendar = businessCalendar('US-NY');

  it('giving exactly the required notice is always satisfied; one day less never is', () => {
    fc.assert(
      fc.property(arbitrary, ({ day, unit, amount }) => {
        const sent = day.toISOString().slice(0, 10);
        const n = unit === 'year' ? Math.min(amount, 5) : amount;
        const end = addPeriod(DateTime.fromISO(sent, { zone: 'America/New_York' }), { amount: n, unit }, calendar);
        const rights = [provision('termination-for-convenience', 'either', '9', { notice: period(n, unit) })];
        const judge = (date: string) =>
          judgeLetter(agreement(rights), letter({ sent: moment(sent), effective: on(date) }), { defaultZone: 'UTC' });
        expect(judge(end.lastDay).status).toBe('COMPLIANT');
        expect(judge(end.end.minus({ days: 1 }).toISODate() as string).status).toBe('NON_COMPLIANT');
      }),
      { numRuns: 40 },
    );
  });
});

describe('agreementDeadlines', () => {
  it('gives the term end and the next two non-renewal deadlines not yet passed', () => {
    const deadlines = agreementDeadlines(agreement([NON_RENEWAL], { term: TERM }), { now: '2024-11-05T12:00:00Z', defaultZone: 'UTC' });
    expect(deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['term-end', '2024-12-31'],
      ['non-renewal-notice', '2025-11-01'],
      ['non-renewal-notice', '2026-11-01'],
    ]);
    expect(deadlines[0]?.zone).toBe('America/New_York');
  });
});
