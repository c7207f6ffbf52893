import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, WrittenMoment } from '../../lib/domain/types.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';
import { rereadSlashedDates } from '../../lib/verdict/slashed-dates.ts';

const slashedMoment = (text: string): WrittenMoment => {
  const [first, second, year] = text.split('/').map(Number) as [number, number, number];
  const monthFirst = `${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`;
  return { date: monthFirst, time: null, zoneLabel: null, slashed: { first, second, year }, text, start: 0, end: 0 };
};
const words = (date: string): WrittenMoment => ({ date, time: null, zoneLabel: null, text: date, start: 0, end: 0 });
const letter = (sent: WrittenMoment, effective: WrittenMoment): LetterAnalysis => ({
  senderText: 'Brightwater Logistics Ltd',
  recipientText: 'Orbital Payroll Services Limited',
  sent,
  deliveryMethod: 'email',
  action: 'termination',
  effective: { kind: 'moment', moment: effective },
  sectionsCited: [],
  grounds: [],
  curePeriod: null,
  problems: [],
});

describe('rereadSlashedDates: the order follows the governing law unless the letter settles it', () => {
  it.each([
    { law: 'GB', sent: '04/03/2024', date: '2024-03-04', rule: 'slashed-date-day-first', ambiguous: true },
    { law: 'IE', sent: '04/03/2024', date: '2024-03-04', rule: 'slashed-date-day-first', ambiguous: true },
    { law: 'AU', sent: '04/03/2024', date: '2024-03-04', rule: 'slashed-date-day-first', ambiguous: true },
    { law: 'DE', sent: '04/03/2024', date: '2024-03-04', rule: 'slashed-date-day-first', ambiguous: true },
    { law: 'US-NY', sent: '04/03/2024', date: '2024-04-03', rule: 'slashed-date-month-first', ambiguous: true },
    { law: 'CA-ON', sent: '04/03/2024', date: '2024-04-03', rule: 'slashed-date-month-first', ambiguous: true },
    { law: null, sent: '04/03/2024', date: '2024-04-03', rule: 'slashed-date-month-first', ambiguous: true },
    { law: 'GB', sent: '04/04/2024', date: '2024-04-04', rule: 'slashed-date-day-first', ambiguous: false },
    { law: 'US-NY', sent: '25/03/2024', date: '2024-03-25', rule: 'slashed-date-day-first', ambiguous: false },
  ])('$sent under $law → $date', ({ law, sent, date, rule, ambiguous }) => {
    const read = rereadSlashedDates(letter(slashedMoment(sent), words('2024-12-31')), law);
    expect(read.letter.sent?.date).toBe(date);
    expect(read.rule).toBe(rule);
    expect(read.alternative !== null).toBe(ambiguous);
  });

  it('a day-first date elsewhere in the letter settles the order of an ambiguous one, even under US law', () => {
    const read = rereadSlashedDates(letter(slashedMoment('04/03/2024'), slashedMoment('25/04/2024')), 'US-NY');
    expect(read.letter.sent?.date).toBe('2024-03-04');
    expect(read.alternative).toBeNull();
    expect(read.note).toMatch(/day first, as the letter's own dates show/);
  });

  it('a date written with full stops is day first even under US law, the other reading kept open', () => {
    const dotted = { ...slashedMoment('04/03/2024'), text: '04.03.2024' };
    const read = rereadSlashedDates(letter(dotted, words('2024-12-31')), 'US-NY');
    expect(read.letter.sent?.date).toBe('2024-03-04');
    expect(read.rule).toBe('slashed-date-day-first');
    expect(read.alternative?.sent?.date).toBe('2024-04-03');
    expect(read.note).toMatch(/with full stops; day first/);
  });

  it('a date written with hyphens follows the governing law, as a slashed one does', () => {
    const dashed = { ...slashedMoment('04/03/2024'), text: '04-03-2024' };
    expect(rereadSlashedDates(letter(dashed, words('2024-12-31')), 'GB').letter.sent?.date).toBe('2024-03-04');
    expect(rereadSlashedDates(letter(dashed, words('2024-12-31')), 'US-NY').letter.sent?.date).toBe('2024-04-03');
  });

  it('a letter without slashed dates is left alone', () => {
    const plain = letter(words('2024-03-04'), words('2024-12-31'));
    expect(rereadSlashedDates(plain, 'GB')).toMatchObject({ letter: plain, alternative: null, rule: null });
  });
});

describe('judgeLetter: a slashed date under English law', () => {
  // "Either party may terminate this Agreement for convenience on not less than thirty (30) days' written notice."
  const CONVENIENCE: Provision = {
    type: 'termination-for-convenience',
    party: 'either',
    section: '11.2',
    notice: { amount: 30, unit: 'day', qualifier: 'at-least' },
    cure: null,
    grounds: [],
    flags: [],
    text: 'termination-for-convenience clause',
    start: 0,
    end: 10,
    page: 1,
  };
  const agreement: AgreementAnalysis = {
    kind: 'agreement',
    pages: 1,
    parties: [
      { name: 'Brightwater Logistics Ltd', aliases: ['Customer'], role: 'customer' },
      { name: 'Orbital Payroll Services Limited', aliases: ['Supplier'], role: 'provider' },
    ],
    provisions: [
      { ...CONVENIENCE, type: 'notice-delivery', section: '14', notice: null, deliveries: [{ method: 'email', rule: 'when-sent' }] },
      CONVENIENCE,
    ],
    term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
    governingLaw: 'GB',
  };
  const judge = (sent: string, effective: string) =>
    judgeLetter(agreement, letter(slashedMoment(sent), words(effective)), { defaultZone: 'UTC' });

  it('reads "03/02/2024" as 3 February and says so', () => {
    const v = judge('03/02/2024', '2024-06-30');
    expect(v.status).toBe('COMPLIANT');
    expect(v.noticeGivenAt).toBe('2024-02-03T00:00:00+00:00');
    expect(v.rules.some((r) => r.startsWith('slashed-date-day-first:'))).toBe(true);
    expect(v.explanation.join(' ')).toMatch(/"03\/02\/2024" with slashes; day first, as dates are written under the governing law \(GB\)/);
  });

  it('needs review when the two readings change the answer (3 February complies, 2 March does not for 25 March)', () => {
    const v = judge('03/02/2024', '2024-03-25');
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(
      /ambiguous date: "03\/02\/2024" \(2024-02-03 or 2024-03-02\).*read as 2024-02-03 the notice suffices, read as 2024-03-02 it does not suffice/,
    );
  });

  it('a date that reads the same both ways ("03/03/2024") needs no review', () => {
    expect(judge('03/03/2024', '2024-04-02').status).toBe('COMPLIANT');
  });
});
