import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LetterAnalysis } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';

/** Letters written in the styles notices arrive in: letterhead, Outlook, Gmail print, law-firm, UK. */
const read = (name: string): LetterAnalysis =>
  analyzeLetter({
    text: readFileSync(new URL(`../fixtures/letters/${name}.txt`, import.meta.url), 'utf8'),
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

const effectiveOf = (a: LetterAnalysis): string | null => {
  const e = a.effective;
  if (!e) return null;
  if (e.kind === 'moment') return [e.moment.date, e.moment.time, e.moment.zoneLabel].filter(Boolean).join(' ');
  if (e.kind === 'after-period') return `${e.period.amount} ${e.period.unit} from ${e.period.anchor}`;
  return e.kind;
};

interface Expected {
  sender: string;
  recipient: string;
  sent: string | null;
  time?: string | null;
  zone?: string | null;
  methods: string[];
  action: LetterAnalysis['action'];
  effective: string | null;
  sections: string[];
  grounds: string[];
  cure?: string | null;
  problem?: RegExp;
}

const CASES: [string, Expected][] = [
  [
    'letterhead-customer-termination-fedex',
    {
      sender: 'LARKSPUR RETAIL GROUP LLC',
      recipient: 'Northwind Data Services, Inc.',
      sent: '2024-03-04',
      methods: ['courier'],
      action: 'termination',
      effective: '2024-05-10',
      sections: ['11.2'],
      grounds: ['convenience'],
    },
  ],
  [
    'outlook-provider-suspension-nonpayment',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Accounts Payable',
      sent: '2024-03-04',
      time: '09:15',
      zone: null,
      methods: ['email'],
      action: 'suspension',
      effective: '2024-03-15 17:00',
      sections: ['7.4'],
      grounds: ['non-payment'],
    },
  ],
  [
    'gmail-customer-termination-90-days',
    {
      sender: 'Larkspur Retail Group LLC',
      recipient: 'legal@northwind.example',
      sent: '2024-03-04',
      time: '09:15',
      methods: ['email'],
      action: 'termination',
      effective: '90 day from dispatch-of-notice',
      sections: [],
      grounds: ['convenience'],
    },
  ],
  [
    'certified-breach-notice-cure',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: '2024-03-04',
      methods: ['certified-mail'],
      action: 'breach-notice',
      effective: null,
      sections: ['4.3', '11.3'],
      grounds: ['breach'],
      cure: '30 day receipt-of-notice',
    },
  ],
  [
    'electronic-mail-non-renewal-section',
    {
      sender: 'Larkspur Retail Group LLC',
      recipient: 'Northwind Data Services, Inc.',
      sent: '2024-03-04',
      methods: ['email'],
      action: 'non-renewal',
      effective: '2024-06-30',
      sections: ['12.2'],
      grounds: [],
    },
  ],
  [
    'customer-termination-no-effective-date',
    {
      sender: 'Larkspur Retail Group LLC',
      recipient: 'Northwind Data Services, Inc.',
      sent: '2024-04-02',
      methods: ['email', 'courier'],
      action: 'termination',
      effective: null,
      sections: [],
      grounds: [],
      problem: /no effective date stated/,
    },
  ],
  [
    'impossible-date-termination',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: null,
      methods: ['email'],
      action: 'termination',
      effective: '2024-06-01',
      sections: ['11.1'],
      grounds: ['convenience'],
      problem: /unparseable date: "February 30, 2024"/,
    },
  ],
  [
    'undated-provider-termination',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: null,
      methods: ['hand'],
      action: 'termination',
      effective: '2024-07-31',
      sections: ['11.1'],
      grounds: ['convenience'],
      problem: /no date of sending found/,
    },
  ],
  [
    'uk-provider-termination-for-and-on-behalf',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: '2024-04-05',
      methods: ['registered-mail', 'email'],
      action: 'termination',
      effective: '2024-07-31',
      sections: ['11.1'],
      grounds: [],
    },
  ],
  [
    'termination-for-cause-after-earlier-notice',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: '2024-04-08',
      methods: ['courier', 'email'],
      action: 'termination',
      effective: 'immediate',
      sections: ['4.3', '11.3'],
      grounds: ['material-breach', 'breach', 'cause'],
      cure: '30 day receipt-of-notice',
    },
  ],
  [
    'termination-for-cause-earlier-notice-undated',
    {
      sender: 'Northwind Data Services, Inc.',
      recipient: 'Larkspur Retail Group LLC',
      sent: '2024-04-08',
      methods: ['email'],
      action: 'termination',
      effective: 'immediate',
      sections: [],
      grounds: ['material-breach', 'breach', 'cause'],
    },
  ],
  [
    'law-firm-on-behalf-of-client',
    {
      sender: 'Larkspur Retail Group LLC',
      recipient: 'Northwind Data Services, Inc.',
      sent: '2024-03-18',
      methods: ['courier', 'email'],
      action: 'termination',
      effective: '2024-06-28 17:00',
      sections: ['11.2'],
      grounds: ['convenience'],
    },
  ],
  [
    'outlook-customer-termination-zone',
    {
      sender: 'Larkspur Retail Group LLC',
      recipient: 'notices@northwind.example',
      sent: '2024-04-30',
      time: '16:52',
      zone: 'MDT',
      methods: ['email'],
      action: 'termination',
      effective: '2024-05-31 23:59 MDT',
      sections: ['11.2'],
      grounds: ['convenience'],
    },
  ],
];

describe('letters in the styles notices arrive in', () => {
  it.each(CASES)('%s', (name, expected) => {
    const a = read(name);
    expect(a.senderText).toBe(expected.sender);
    expect(a.recipientText).toBe(expected.recipient);
    expect(a.sent?.date ?? null).toBe(expected.sent);
    if (expected.time !== undefined) expect(a.sent?.time ?? null).toBe(expected.time);
    if (expected.zone !== undefined) expect(a.sent?.zoneLabel ?? null).toBe(expected.zone);
    expect(a.deliveryMethods).toEqual(expected.methods);
    expect(a.deliveryMethod).toBe(expected.methods[0] ?? null);
    expect(a.action).toBe(expected.action);
    expect(effectiveOf(a)).toBe(expected.effective);
    expect(a.sectionsCited).toEqual(expected.sections);
    expect(a.grounds).toEqual(expected.grounds);
    const cure = a.curePeriod ? `${a.curePeriod.amount} ${a.curePeriod.unit} ${a.curePeriod.anchor}` : null;
    expect(cure).toBe(expected.cure ?? null);
    if (expected.problem) expect(a.problems.join('; ')).toMatch(expected.problem);
    else expect(a.problems).toEqual([]);
  });
});

describe('what a termination letter says of an earlier notice of breach', () => {
  it('dates it from "our letter of March 1, 2024"', () => {
    expect(read('termination-for-cause-after-earlier-notice').earlierNotice?.moment?.date).toBe('2024-03-01');
  });

  it('keeps an undated mention ("our earlier notice of breach") without a date', () => {
    const earlier = read('termination-for-cause-earlier-notice-undated').earlierNotice;
    expect(earlier).toMatchObject({ moment: null, text: expect.stringMatching(/earlier notice of breach/) });
  });

  it('finds none where the letter refers to no earlier notice', () => {
    expect(read('letterhead-customer-termination-fedex').earlierNotice).toBeNull();
  });
});

describe('letter-writing forms that do not depend on one letter', () => {
  const text = (body: string): LetterAnalysis => analyzeLetter({ text: body, pages: 1, pageStarts: [0], format: 'txt' });

  it('a third-person present tense "X therefore terminates the Agreement" is operative, not a breach notice', () => {
    expect(
      text(
        'April 8, 2024\n\nRe: Termination\n\nYou were given thirty (30) days to cure. Acme Corp. therefore terminates the Agreement, effective immediately.',
      ).action,
    ).toBe('termination');
  });

  it('a period "from the date of this letter" counts from sending, one "after receipt" from receipt', () => {
    const fromLetter = text(
      'May 1, 2024\n\nRe: Termination\n\nWe hereby terminate the Agreement, effective sixty (60) days after the date of this notice.',
    ).effective;
    const fromReceipt = text(
      'May 1, 2024\n\nRe: Termination\n\nWe hereby terminate the Agreement, effective sixty (60) days after your receipt of this letter.',
    ).effective;
    expect(fromLetter).toMatchObject({ kind: 'after-period', period: { amount: 60, anchor: 'dispatch-of-notice' } });
    expect(fromReceipt).toMatchObject({ kind: 'after-period', period: { amount: 60, anchor: 'receipt-of-notice' } });
  });

  it('"This firm represents X" makes X the sender, not the firm on the letterhead', () => {
    const a = text(
      'DOYLE & MARSH LLP\n\nJune 3, 2024\n\nRe: Notice\n\nDear Sir:\n\nThis firm represents Ferrow Tools, Inc. in connection with the Supply Agreement. Ferrow Tools, Inc. hereby terminates the Supply Agreement effective July 3, 2024.\n\nSincerely,\nDOYLE & MARSH LLP',
    );
    expect(a.senderText).toBe('Ferrow Tools, Inc.');
  });

  it('the month May is not the verb may: "effective ... on May 31, 2024" is operative', () => {
    const a = text(
      'Seattle, March 4, 2024\n\nRe: Notice\n\nThis letter constitutes notice of termination of the Agreement pursuant to Section 8.2, effective 11:59 p.m. Eastern Time on May 31, 2024.\n\nVery truly yours,\n\nACME CORP.\n\nBy: ______________\nName: J. Doe',
    );
    expect(a.action).toBe('termination');
    expect(a.effective).toMatchObject({ kind: 'moment', moment: { date: '2024-05-31', time: '23:59', zoneLabel: 'Eastern Time' } });
    expect(a.sent?.date).toBe('2024-03-04');
    expect(a.senderText).toBe('ACME CORP.');
  });

  it('a dateline with the place of writing ("London, 4 March 2024") and "the thirtieth (30th) day following your receipt"', () => {
    const a = text(
      'London, 4 March 2024\n\nDear Sirs\n\nWe hereby give notice to terminate the Agreement, with effect from the thirtieth (30th) day following your receipt of this notice.\n\nYours faithfully\nFor and on behalf of Widget Ltd',
    );
    expect(a.sent?.date).toBe('2024-03-04');
    expect(a.senderText).toBe('Widget Ltd');
    expect(a.effective).toMatchObject({ kind: 'after-period', period: { amount: 30, unit: 'day', anchor: 'receipt-of-notice' } });
  });

  it('an RFC 2822 Date header keeps its numeric offset; "end of the current billing period" is the end of the term', () => {
    const a = text(
      'From: Ana <ana@acme.example>\nDate: Mon, 4 Mar 2024 09:15:00 -0800\nTo: bob@beta.example\nSubject: Cancellation\n\nHi Bob,\n\nWe hereby cancel our subscription effective at the end of the current billing period.\n\nAna\nAcme Corp.',
    );
    expect(a.sent).toMatchObject({ date: '2024-03-04', time: '09:15', zoneLabel: '-0800' });
    expect(a.effective).toEqual({ kind: 'end-of-term' });
    expect(a.senderText).toBe('Acme Corp.');
  });

  it('a message quoted as "On Mon, Mar 4, 2024 at 9:15 AM X <x@...> wrote:" is dated and sent by email, and that line is no effective date', () => {
    const a = text(
      'On Mon, Mar 4, 2024 at 9:15 AM Priya Shah <priya.shah@larkspur.example> wrote:\n> Larkspur Retail Group LLC hereby terminates the Agreement effective May 31, 2024.',
    );
    expect(a.sent).toMatchObject({ date: '2024-03-04', time: '09:15' });
    expect(a.deliveryMethod).toBe('email');
    expect(a.action).toBe('termination');
    expect(a.effective).toMatchObject({ kind: 'moment', moment: { date: '2024-05-31' } });
  });

  it('the party the letter says is acting ("X hereby terminates") is a sender candidate; the party said to be in breach is not', () => {
    const quoted = text(
      'On Mon, Mar 4, 2024 at 9:15 AM Priya Shah <p@gmail.com> wrote:\n> Larkspur Retail Group LLC hereby terminates the Agreement effective May 31, 2024.',
    );
    expect(quoted.senderCandidates).toContain('Larkspur Retail Group LLC');
    const breach = text(
      'March 4, 2024\n\nRe: Breach\n\nNorthwind Data Services, Inc. ("Northwind") gives you notice that Larkspur Retail Group LLC is in breach. Please cure it.',
    );
    expect(breach.senderCandidates).toEqual(['Northwind Data Services, Inc.']);
  });

  it('an ordinal written in words ("the thirtieth day after the date of this letter") and "effective upon your receipt of this letter"', () => {
    expect(
      text(
        'May 1, 2024\n\nRe: Termination\n\nWe hereby terminate the Agreement. The termination shall become effective on the thirtieth day after the date of this letter.',
      ).effective,
    ).toMatchObject({ kind: 'after-period', period: { amount: 30, unit: 'day', anchor: 'dispatch-of-notice' } });
    expect(
      text(
        'May 1, 2024\n\nRe: Termination\n\nWe hereby terminate the Agreement. This termination is effective upon your receipt of this letter.',
      ).effective,
    ).toEqual({ kind: 'immediate' });
  });
});
