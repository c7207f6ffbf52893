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
        { method: 'email', rule: 'when-sent', cutoff: '17:00', cutoffZone: 'recipient' },
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
    [
      'hand- delivered (a PDF line break) or on the date of mailing',
      'Any notice required under this Agreement shall be deemed to have been given when hand- delivered or on the date of mailing when mailed by standard Mail, postage prepaid.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'mail', rule: 'when-sent' },
      ],
    ],
    [
      'list items without punctuation before the marker; "if mailed"; next day delivery service',
      'Any notice shall be deemed given (i) if by hand delivery, upon receipt thereof (ii) if mailed, three (3) days after deposit in the United States mails, postage prepaid, or (iii) if by next day delivery service, upon such delivery.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'mail', rule: 'after-days', amount: 3 },
        { method: 'courier', rule: 'on-delivery' },
      ],
    ],
    [
      'overnight mail is a courier; the same day by facsimile',
      'Notices will be deemed effective (i) five (5) working days after deposit, postage prepaid, if mailed, (ii) the next day if sent by overnight mail, or (iii) the same day if sent by facsimile and confirmed as set forth above.',
      [
        { method: 'mail', rule: 'after-business-days', amount: 5 },
        { method: 'courier', rule: 'next-business-day' },
        { method: 'fax', rule: 'when-sent' },
      ],
    ],
    [
      'a second notice rule after "and any notice"; electronic means',
      'Any notice that is delivered shall be deemed to have been received on delivery; any notice sent by facsimile or electronic means shall be deemed to have been received when sent and receipt confirmed and any notice that is mailed shall be deemed to have been received five (5) business days after being mailed.',
      [
        { method: 'email', rule: 'when-sent' },
        { method: 'fax', rule: 'when-sent' },
        { method: 'mail', rule: 'after-business-days', amount: 5 },
      ],
    ],
    [
      'within N days of dispatch; or upon delivery by courier',
      'Notices shall be deemed delivered within seven (7) Days of dispatch of the notice by registered mail, or upon delivery by courier, or one Business Day after sent if sent by facsimile transmission.',
      [
        { method: 'registered-mail', rule: 'after-days', amount: 7 },
        { method: 'courier', rule: 'on-delivery' },
        { method: 'fax', rule: 'after-business-days', amount: 1 },
      ],
    ],
    [
      'the date specified on the return receipt',
      'Notices given by certified mail shall be deemed received on the date specified on the return receipt.',
      [{ method: 'certified-mail', rule: 'on-delivery' }],
    ],
    [
      'when delivered in person or upon depositing in the mail',
      'All notices shall be deemed given when delivered in person or upon depositing said notice in the United States mail with proper postage affixed thereto.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'mail', rule: 'when-sent' },
      ],
    ],
    [
      'the mailing date of certified or registered mail stays with certified and registered mail',
      'Notices shall be deemed effectively given (a) when received, if delivered by hand; or (b) on the third business day after the date mailed, by certified or registered mail, return receipt requested.',
      [
        { method: 'hand', rule: 'on-delivery' },
        { method: 'certified-mail', rule: 'after-business-days', amount: 3 },
        { method: 'registered-mail', rule: 'after-business-days', amount: 3 },
      ],
    ],
  ])('%s', (_name, clause, expected) => {
    expect(deliveriesOf(clause)).toEqual(expected);
  });

  it('never reads the "mail" of e-mail or electronic mail as post', () => {
    expect(deliveriesIn('Notices sent by e-mail shall be deemed given when sent.')).toEqual([{ method: 'email', rule: 'when-sent' }]);
    expect(deliveriesIn('Notices sent by electronic mail shall be deemed given upon transmission.')).toEqual([
      { method: 'email', rule: 'when-sent' },
    ]);
  });

  it('does not give a courier copy the email rule ("provided that a copy is also sent by courier")', () => {
    expect(deliveriesIn('Notices sent by email shall be effective when sent, provided that a copy is also sent by courier.')).toEqual([
      { method: 'email', rule: 'when-sent' },
    ]);
  });

  it('states no rule where the clause lists methods without saying when they take effect', () => {
    expect(
      deliveriesIn(
        'All notices must be in writing and delivered personally, by overnight courier, or by certified mail, return receipt requested.',
      ),
    ).toEqual([]);
  });

  it('quotes the lead-in that states the first pair, within the notices section', () => {
    const text =
      '9.1 Notices. Notices are deemed received (a) when delivered, if delivered personally; (b) one (1) business day after deposit with the courier, if sent by overnight courier.';
    const [provision] = findProvisions(text, bareContext()).filter((p) => p.type === 'notice-delivery');
    expect(provision?.text).toMatch(/^Notices are deemed received \(a\)/);
    expect(text.slice(provision?.start, provision?.end)).toBe(provision?.text);
  });
});
