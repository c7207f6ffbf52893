import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, Unit } from '../../lib/domain/types.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

/**
 * Under every governing law the product knows a calendar for, a letter that gives exactly the required notice
 * is satisfied, and one day less never is — whatever the unit, the day of sending, and whether the agreement
 * rolls a last day off a weekend.
 */
const LAWS = ['US-NY', 'US-CA', 'US-DE', 'US-TX', 'US-WA', 'US-CO', 'GB', 'DE', 'CA-ON'];
const PARTIES = [
  { name: 'Sable Quay Networks Ltd', aliases: ['Provider'], role: 'provider' },
  { name: 'Rowan Hill Studios LLC', aliases: ['Customer'], role: 'customer' },
];

const agreement = (law: string, amount: number, unit: Unit, roll: boolean): AgreementAnalysis => {
  const clause = (type: Provision['type'], extra: Partial<Provision>): Provision => ({
    type,
    party: 'either',
    section: type === 'notice-delivery' ? '12' : '8.1',
    notice: null,
    cure: null,
    grounds: [],
    flags: [],
    text: `${type} clause`,
    start: 0,
    end: 10,
    page: 1,
    ...extra,
  });
  return {
    kind: 'agreement',
    pages: 1,
    parties: PARTIES,
    provisions: [
      clause('notice-delivery', { deliveries: [{ method: 'email', rule: 'when-sent' }], nextBusinessDayRule: roll }),
      clause('termination-for-convenience', { notice: { amount, unit, qualifier: 'at-least' }, grounds: ['convenience'] }),
    ],
    term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
    governingLaw: law,
  };
};
const letter = (sent: string, effective: string): LetterAnalysis => ({
  senderText: 'Rowan Hill Studios LLC',
  recipientText: 'Sable Quay Networks Ltd',
  sent: { date: sent, time: '10:00', zoneLabel: null, text: sent, start: 0, end: 0 },
  deliveryMethod: 'email',
  action: 'termination',
  effective: { kind: 'moment', moment: { date: effective, time: null, zoneLabel: null, text: effective, start: 0, end: 0 } },
  sectionsCited: [],
  grounds: ['convenience'],
  curePeriod: null,
  problems: [],
});

describe('property: exact required notice is satisfied, one day less never, under every governing law', () => {
  it('for days, business days, weeks, months and years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAWS),
        fc.constantFrom<Unit>('day', 'business-day', 'week', 'month', 'year'),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 365 * 4 }),
        fc.boolean(),
        (law, unit, rawAmount, offset, roll) => {
          const amount = unit === 'year' ? Math.min(rawAmount, 3) : unit === 'month' ? Math.min(rawAmount, 24) : rawAmount;
          const sent = DateTime.fromISO('2024-01-01').plus({ days: offset }).toISODate() as string;
          const a = agreement(law, amount, unit, roll);
          // The earliest compliant date the product gives, when the letter names the very day it is sent.
          const probe = judgeLetter(a, letter(sent, sent), { defaultZone: 'UTC' });
          const earliest = probe.earliestCompliantDate as string;
          expect(earliest > sent).toBe(true);
          const exact = judgeLetter(a, letter(sent, earliest), { defaultZone: 'UTC' });
          expect(exact.status).toBe('COMPLIANT');
          expect(exact.margin?.days).toBe(0);
          const dayBefore = DateTime.fromISO(earliest).minus({ days: 1 }).toISODate() as string;
          const short = judgeLetter(a, letter(sent, dayBefore), { defaultZone: 'UTC' });
          expect(short.status).toBe('NON_COMPLIANT');
          expect(short.margin?.days).toBe(-1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the exact date is the independent calendar count: N days (or weeks) after receipt, the day of receipt excluded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAWS),
        fc.constantFrom<Unit>('day', 'week'),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 365 * 4 }),
        (law, unit, amount, offset) => {
          const sent = DateTime.fromISO('2024-01-01').plus({ days: offset });
          const exact = sent.plus({ days: unit === 'week' ? amount * 7 : amount }).toISODate() as string;
          const a = agreement(law, amount, unit, false);
          expect(judgeLetter(a, letter(sent.toISODate() as string, exact), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
          const dayBefore = DateTime.fromISO(exact).minus({ days: 1 }).toISODate() as string;
          expect(judgeLetter(a, letter(sent.toISODate() as string, dayBefore), { defaultZone: 'UTC' }).status).toBe('NON_COMPLIANT');
        },
      ),
      { numRuns: 200 },
    );
  });
});
