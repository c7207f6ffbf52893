import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Period, Provision, Unit } from '../../lib/domain/types.ts';
import { PROFILES } from '../../lib/time/jurisdictions/index.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { provision } from '../support/analysis-builders.ts';

/**
 * Under every jurisdiction profile (and the generic profile of a law without one), for a right counted
 * forward, a cure period and a non-renewal deadline counted back: the exact required notice is always
 * satisfied and one day less never is, and no deadline's safe date is after its date.
 */
const LAWS = [...Object.keys(PROFILES), 'GB', 'FR', 'GB-SCT'];
const PARTIES = [
  { name: 'Corvid Analytics GmbH', aliases: ['Provider'], role: 'provider' },
  { name: 'Maple Row Dental Inc.', aliases: ['Customer'], role: 'customer' },
];
const clause = (type: Provision['type'], extra: Partial<Provision>): Provision =>
  provision(type, 'either', type === 'notice-delivery' ? '12' : '8.1', extra);
const agreement = (law: string, right: Provision, roll: boolean, term: AgreementAnalysis['term'] | null = null): AgreementAnalysis => ({
  kind: 'agreement',
  pages: 1,
  parties: PARTIES,
  provisions: [clause('notice-delivery', { deliveries: [{ method: 'email', rule: 'when-sent' }], nextBusinessDayRule: roll }), right],
  term: term ?? { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
  governingLaw: law,
});
const moment = (date: string) => ({ date, time: '10:00', zoneLabel: null, text: date, start: 0, end: 0 });
const letter = (
  sent: string,
  effective: LetterAnalysis['effective'],
  action: LetterAnalysis['action'] = 'termination',
): LetterAnalysis => ({
  senderText: 'Maple Row Dental Inc.',
  recipientText: 'Corvid Analytics GmbH',
  sent: moment(sent),
  deliveryMethod: 'email',
  action,
  effective,
  sectionsCited: [],
  grounds: action === 'termination' ? ['material-breach'] : [],
  curePeriod: null,
  problems: [],
});
const on = (date: string): LetterAnalysis['effective'] => ({ kind: 'moment', moment: { ...moment(date), time: null } });
const dayFrom = (start: string, days: number) => DateTime.fromISO(start).plus({ days }).toISODate() as string;
const units = fc.constantFrom<Unit>('day', 'business-day', 'week', 'month');
const amountFor = (unit: Unit, raw: number) => (unit === 'month' ? Math.min(raw, 12) : raw);

describe('property: under every jurisdiction profile, exact notice suffices and one day less never does', () => {
  it('for a termination after a cure period, whose last day the law may move (an act)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAWS),
        units,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 1460 }),
        fc.boolean(),
        (law, unit, raw, offset, roll) => {
          const cure: Period = { amount: amountFor(unit, raw), unit, qualifier: 'at-least' };
          const a = agreement(law, clause('termination-for-cause', { cure, grounds: ['material-breach'] }), roll);
          const sent = dayFrom('2024-01-01', offset);
          const earliest = judgeLetter(a, letter(sent, on(sent)), { defaultZone: 'UTC' }).earliestCompliantDate as string;
          expect(earliest > sent).toBe(true);
          expect(judgeLetter(a, letter(sent, on(earliest)), { defaultZone: 'UTC' }).status).not.toBe('NON_COMPLIANT');
          expect(judgeLetter(a, letter(sent, on(dayFrom(earliest, -1))), { defaultZone: 'UTC' }).status).toBe('NON_COMPLIANT');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for non-renewal: notice received on the deadline counted back is in time, a day later is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAWS),
        units,
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 1460 }),
        fc.boolean(),
        (law, unit, raw, offset, roll) => {
          const expirationDate = dayFrom('2024-03-01', offset);
          const term: AgreementAnalysis['term'] = {
            agreementDate: null,
            effectiveDate: null,
            expirationDate,
            initialTerm: null,
            renewal: { type: 'automatic', term: { amount: 1, unit: 'year', qualifier: 'at-least' } },
          };
          const notice: Period = { amount: amountFor(unit, raw), unit, qualifier: 'at-least', anchor: 'end-of-term' };
          const a = agreement(law, clause('non-renewal', { notice }), roll, term);
          const probe = judgeLetter(a, letter('2024-01-01', { kind: 'end-of-term' }, 'non-renewal'), { defaultZone: 'UTC' });
          const deadline = probe.deadlines.find((d) => d.kind === 'non-renewal-notice')?.date as string;
          // An agreement that rolls a last day forward can push a very short count-back past the term's end
          // (one day's notice before a Sunday end, rolled to Monday); then the notice reaches the next term.
          fc.pre(deadline < expirationDate);
          const inTime = judgeLetter(a, letter(deadline, { kind: 'end-of-term' }, 'non-renewal'), { defaultZone: 'UTC' });
          expect(inTime.status).toBe('COMPLIANT');
          expect(inTime.earliestCompliantDate).toBe(expirationDate);
          const late = judgeLetter(a, letter(dayFrom(deadline, 1), { kind: 'end-of-term' }, 'non-renewal'), { defaultZone: 'UTC' });
          expect(late.status).toBe('NON_COMPLIANT');
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a deadline's safe date is never after its date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAWS),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 1460 }),
        fc.integer({ min: -120, max: 120 }),
        (law, amount, offset, lag) => {
          const expirationDate = dayFrom('2024-03-01', offset);
          const term: AgreementAnalysis['term'] = {
            agreementDate: null,
            effectiveDate: null,
            expirationDate,
            initialTerm: null,
            renewal: { type: 'automatic', term: { amount: 6, unit: 'month', qualifier: 'at-least' } },
          };
          const notice: Period = { amount, unit: 'day', qualifier: 'at-least', anchor: 'end-of-term' };
          const a = agreement(law, clause('non-renewal', { notice }), false, term);
          const v = judgeLetter(a, letter(dayFrom(expirationDate, -amount + lag), { kind: 'end-of-term' }, 'non-renewal'), {
            defaultZone: 'UTC',
          });
          for (const d of v.deadlines) expect((d.safeDate ?? d.date) <= d.date).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
