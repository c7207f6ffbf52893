import { describe, expect, it } from 'vitest';
import type { DeemedReceipt, Provision } from '../../../lib/domain/types.ts';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';
import { deliveriesIn } from '../../../lib/contract/provisions/notice-delivery.ts';

const deliveriesOf = (text: string): DeemedReceipt[] =>
  findProvisions(text, bareContext())
    .filter((p: Provision) => p.type === 'notice-delivery')
    .flatMap((p) => p.deliveries ?? []);

describe('deemed receipt read from notice clauses, the method before or after its rule', () => {
  it.each<[string, string, DeemedReceipt[]]>([
    [
      'rule first, method after, in a lettered list',
      'Notices are deemed received (a) when delivered, if delivered personally; (b) one (1) business day after deposit with the courier, if sent by overnight courier; and (c) three (3) business days after mailing, if sent by certified mail.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'courier', rule: 'after-business-days', amount: 1 },
        { method: 'certified-mail', rule: 'after-business-days', amount: 3 },
      ],
    ],
    [
      'method first, in a roman-numbered list, with an email cut-off',
      "Any notice shall be deemed given (i) if delivered personally, when delivered; (ii) if sent by registered mail, five (5) days after deposit in the mail; and (iii) if sent by email, on the date of transmission if sent before 5:00 p.m. recipient's local time on a business day, otherwise on the next business day.",
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'registered-mail', rule: 'after-days', amount: 5 },
        { method: 'email', rule: 'when-sent', cutoff: '17:00' },
      ],
    ],
    [
      'pairs separated only by commas',
      'Notice shall be deemed received when delivered if delivered personally, one (1) business day after deposit if sent by overnight courier, and three (3) business days after mailing if sent by certified mail.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'courier', rule: 'after-business-days', amount: 1 },
        { method: 'certified-mail', rule: 'after-business-days', amount: 3 },
      ],
    ],
    [
      'first class mail, postage prepaid, in calendar days',
      'Notices sent by first class mail, postage prepaid, shall be deemed received five (5) days after deposit in the mail.',
      [{ method: 'mail', rule: 'after-days', amount: 5 }],
    ],
    [
      'fax and email upon confirmation of transmission',
      'Notices sent by facsimile or email shall be deemed received upon confirmation of transmission.',
      [
        { method: 'email', rule: 'when-sent' },
        { method: 'fax', rule: 'when-sent' },
      ],
    ],
    [
      'email with confirmation of receipt, effective when received',
      'Notice may be given by e-mail with confirmation of receipt, and shall be effective when received.',
      [{ method: 'email', rule: 'on-delivery' }],
    ],
    [
      'an ordinal day after mailing',
      'Notices sent by registered mail shall be deemed received on the third business day following the date of posting.',
      [{ method: 'registered-mail', rule: 'after-business-days', amount: 3 }],
    ],
  ])('%s', (_name, clause, expected) => {
    expect(deliveriesOf(clause)).toEqual(expected);
  });

  it('never reads the "mail" of e-mail or electronic mail as post', () => {
    expect(deliveriesIn('Notices sent by e-mail shall be deemed given when sent.')).toEqual([{ method: 'email', rule: 'when-sent' }]);
    expect(deliveriesIn('Notices sent by electronic mail shall be deemed given upon transmission.')).toEqual([{ method: 'email', rule: 'when-sent' }]);
  });

  it('does not give a courier copy the email rule ("provided that a copy is also sent by courier")', () => {
    expect(deliveriesIn('Notices sent by email shall be effective when sent, provided that a copy is also sent by courier.')).toEqual([
      { method: 'email', rule: 'when-sent' },
    ]);
  });

  it('states no rule where the clause lists methods without saying when they take effect', () => {
    expect(deliveriesIn('All notices must be in writing and delivered personally, by overnight courier, or by certified mail, return receipt requested.')).toEqual([]);
  });

  it('quotes the lead-in that states the first pair, within the notices section', () => {
    const text = '9.1 Notices. Notices are deemed received (a) when delivered, if delivered personally; (b) one (1) business day after deposit with the courier, if sent by overnight courier.';
    const [provision] = findProvisions(text, bareContext()).filter((p) => p.type === 'notice-delivery');
    expect(provision?.text).toMatch(/^Notices are deemed received \(a\)/);
    expect(text.slice(provision?.start, provision?.end)).toBe(provision?.text);
  });
});
