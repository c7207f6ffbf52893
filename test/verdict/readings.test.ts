import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, TermInfo, WrittenMoment } from '../../lib/domain/types.ts';
import { agreementDeadlines } from '../../lib/verdict/agreement-deadlines.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { period, provision } from '../support/analysis-builders.ts';

const PARTIES = [
  { name: 'Harrow Lane Software, Inc.', aliases: ['Harrow', 'Vendor'], role: 'vendor' },
  { name: 'Oakum Street Clinics LLC', aliases: ['Client'], role: 'client' },
];
const NON_RENEWAL = provision('non-renewal', 'either', '2.2', { notice: period(60, 'day', { anchor: 'end-of-term' }) });
// "commences on 1 July 2025 and continues for two (2) years": the legal last day is 30 June 2027, and the
// anniversary is the other reading.
const TWO_YEARS: TermInfo = {
  agreementDate: null,
  effectiveDate: '2025-07-01',
  expirationDate: '2027-06-30',
  expirationAlternatives: [{ date: '2027-07-01', reason: 'the second anniversary of the Effective Date' }],
  initialTerm: period(2, 'year'),
  renewal: { type: 'automatic', term: period(1, 'year') },
};
const agreement = (term: TermInfo, extra: Partial<AgreementAnalysis> = {}): AgreementAnalysis => ({
  kind: 'agreement',
  pages: 1,
  parties: PARTIES,
  provisions: [provision('notice-delivery', 'either', '9', { deliveries: [{ method: 'email', rule: 'when-sent' }] }), NON_RENEWAL],
  term,
  governingLaw: 'US-CA',
  ...extra,
});
const moment = (date: string, time: string | null = '10:00'): WrittenMoment => ({
  date,
  time,
  zoneLabel: null,
  text: date,
  start: 0,
  end: 0,
});
const nonRenewal = (sent: string, extra: Partial<LetterAnalysis> = {}): LetterAnalysis => ({
  senderText: 'Oakum Street Clinics LLC',
  recipientText: 'Harrow Lane Software, Inc.',
  sent: moment(sent),
  deliveryMethod: 'email',
  action: 'non-renewal',
  effective: { kind: 'end-of-term' },
  sectionsCited: [],
  grounds: [],
  curePeriod: null,
  problems: [],
  ...extra,
});
const judge = (a: AgreementAnalysis, l: LetterAnalysis) => judgeLetter(a, l, { defaultZone: 'UTC' });

describe('term-end readings', () => {
  it('counts the non-renewal deadline back from the legal last day, and the anniversary reading only widens the range', () => {
    const v = judge(agreement(TWO_YEARS), nonRenewal('2027-04-20'));
    expect(v.status).toBe('COMPLIANT');
    expect(v.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'non-renewal-notice', date: '2027-05-01', safeDate: '2027-05-01', latestDate: '2027-05-02' }),
    );
    expect(v.readings?.map((r) => [r.name, r.status])).toEqual([
      ['prevailing', 'COMPLIANT'],
      ['term-end-alternative', 'COMPLIANT'],
    ]);
    expect(v.margin).toEqual({ days: 11, earliestCompliantDate: '2027-06-30' });
  });

  it("a notice received on the anniversary reading's last day is late on the earlier reading: the verdict keeps the earlier one and says so", () => {
    const v = judge(agreement(TWO_YEARS), nonRenewal('2027-05-02'));
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.readings?.find((r) => r.name === 'term-end-alternative')?.status).toBe('COMPLIANT');
    expect(v.explanation.join(' ')).toMatch(/Read as the term ends on 2027-07-01 .* would be COMPLIANT; the verdict keeps the earlier end/);
  });

  it('a letter stating an earlier end than the computed one that changes the answer is NEEDS_REVIEW with both answers', () => {
    const anniversary: TermInfo = { ...TWO_YEARS, expirationDate: '2027-07-01', expirationAlternatives: [] };
    const v = judge(agreement(anniversary), nonRenewal('2027-05-02', { statedTermEnd: '2027-06-30' }));
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.[0]).toMatch(
      /read as the term ends on 2027-07-01 the letter is COMPLIANT, read as the term ends on 2027-06-30, as the letter states it is NON_COMPLIANT/,
    );
    expect(v.deadlines).toContainEqual(expect.objectContaining({ kind: 'non-renewal-notice', date: '2027-05-02', safeDate: '2027-05-01' }));
    expect(v.explanation.join(' ')).toMatch(
      /The letter states that the term ends on 2027-06-30; counted from the agreement, it ends on 2027-07-01, 1 day later/,
    );
  });

  it('a letter that states the same end date as the agreement adds no reading', () => {
    const v = judge(agreement(TWO_YEARS), nonRenewal('2027-04-01', { statedTermEnd: '2027-06-30' }));
    expect(v.readings?.map((r) => r.name)).toEqual(['prevailing', 'term-end-alternative']);
    expect(v.status).toBe('COMPLIANT');
  });

  it('six-month renewal terms each end on their legal last day, counted from the day after the previous term', () => {
    const term: TermInfo = {
      agreementDate: null,
      effectiveDate: '2024-03-01',
      expirationDate: '2025-02-28',
      initialTerm: period(12, 'month'),
      renewal: { type: 'automatic', term: period(6, 'month') },
    };
    const deadlines = agreementDeadlines(agreement(term), { now: '2025-03-10T00:00:00Z', defaultZone: 'UTC' });
    // The first renewal term runs 1 March – 31 August 2025 (not to 28 August); the next, 1 September – 28 February 2026.
    expect(deadlines.find((d) => d.kind === 'term-end')?.date).toBe('2025-08-31');
    expect(deadlines.filter((d) => d.kind === 'non-renewal-notice').map((d) => d.date)).toEqual(['2025-07-02', '2025-12-30']);
  });
});

describe("property: a deadline's safeDate is never after its date", () => {
  const isoDay = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => DateTime.fromJSDate(d, { zone: 'UTC' }).toISODate() as string);
  const shift = (iso: string, days: number) => DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days }).toISODate() as string;

  it('for agreement deadlines and letter deadlines, whatever the alternatives and the letter say', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: -120, max: 30 }),
        fc.integer({ min: -2, max: 2 }),
        (end, alt, sentOffset, stated) => {
          const term: TermInfo = {
            ...TWO_YEARS,
            expirationDate: end,
            expirationAlternatives: alt === 0 ? [] : [{ date: shift(end, alt), reason: 'another reading' }],
          };
          const a = agreement(term);
          const letterDeadlines = judge(a, nonRenewal(shift(end, sentOffset), { statedTermEnd: shift(end, stated) })).deadlines;
          const listed = agreementDeadlines(a, { now: `${shift(end, -200)}T00:00:00Z`, defaultZone: 'UTC' });
          for (const d of [...letterDeadlines, ...listed]) {
            expect(d.safeDate).toBeDefined();
            expect((d.safeDate as string) <= d.date).toBe(true);
            if (d.latestDate) expect(d.latestDate >= d.date).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
