import { describe, expect, it } from 'vitest';
import type { AgreementAnalysis, LetterAnalysis, Provision, WrittenMoment } from '../../lib/domain/types.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

// "Provider may suspend the Services on not less than forty-eight (48) hours' notice if any amount is overdue."
const SUSPEND_48H: Provision = {
  type: 'suspension',
  party: 'either',
  section: '7.4',
  notice: { amount: 48, unit: 'hour', qualifier: 'at-least' },
  cure: null,
  grounds: [],
  flags: [],
  text: 'suspension clause',
  start: 0,
  end: 10,
  page: 1,
};
const agreement: AgreementAnalysis = {
  kind: 'agreement',
  pages: 1,
  parties: [
    { name: 'Northwind Data Services, Inc.', aliases: ['Provider'], role: 'provider' },
    { name: 'Larkspur Retail Group LLC', aliases: ['Customer'], role: 'customer' },
  ],
  provisions: [
    { ...SUSPEND_48H, type: 'notice-delivery', section: '14', notice: null, deliveries: [{ method: 'email', rule: 'when-sent' }] },
    SUSPEND_48H,
  ],
  term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
  governingLaw: 'US-NY',
};
const moment = (date: string, time: string | null, extra: Partial<WrittenMoment> = {}): WrittenMoment => ({
  date,
  time,
  zoneLabel: null,
  text: date,
  start: 0,
  end: 0,
  ...extra,
});
const letter = (effective: WrittenMoment): LetterAnalysis => ({
  senderText: 'Northwind Data Services, Inc.',
  recipientText: 'Larkspur Retail Group LLC',
  sent: moment('2024-03-13', '10:00'),
  deliveryMethod: 'email',
  action: 'suspension',
  effective: { kind: 'moment', moment: effective },
  sectionsCited: [],
  grounds: [],
  curePeriod: null,
  problems: [],
});

describe('a letter effective "as of the close of business on" a date', () => {
  const cob = moment('2024-03-15', '17:00', { timeConvention: 'close-of-business', text: 'close of business on March 15, 2024' });

  it('takes effect at 17:00 that day and names the convention', () => {
    const v = judgeLetter(agreement, letter(cob), { defaultZone: 'UTC' });
    expect(v.effectiveAt).toBe('2024-03-15T17:00:00-04:00');
    expect(v.rules.some((r) => r.startsWith('close-of-business-5pm:'))).toBe(true);
    expect(v.explanation.join(' ')).toMatch(/"close of business on March 15, 2024", read as 5:00 p\.m\. that day/);
  });

  it("48 hours' notice from 10:00 on 13 March is met at 17:00 on 15 March, and not by the start of that day", () => {
    const satisfied = (effective: WrittenMoment) =>
      judgeLetter(agreement, letter(effective), { defaultZone: 'UTC' }).provisions.find((p) => p.section === '7.4')?.satisfied;
    expect(satisfied(cob)).toBe(true);
    expect(satisfied(moment('2024-03-15', null))).toBe(false);
  });
});
