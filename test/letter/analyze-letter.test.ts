import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';

const doc = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });

const SUSPENSION_EMAIL = `From: Trust & Safety <abuse@stratoshelf.example> on behalf of Stratoshelf Hosting, Inc.
To: Tomas Lindqvist <tomas@kestrelanalytics.example>
Sent: Saturday, January 9, 2021 6:07 PM PST
Subject: Notice of Suspension

Dear Mr. Lindqvist,

We have recorded repeated violations of the Stratoshelf Acceptable Use Policy from your account.
Because of these policy violations, your account will be suspended effective Sunday, January 10, 2021, 11:59 PM PST.
We reserve the right to terminate the Agreement.

Regards,
Stratoshelf Hosting, Inc.
`;

const NON_RENEWAL_LETTER = `BRIGHTWATER LOGISTICS LTD
14 Dock Road, Leeds LS1 4AB

5 November 2024

VIA COURIER (DHL EXPRESS)

Orbital Payroll Services Limited
Attn: Legal Department
22 King Street, Manchester M2 6AZ

Re: Notice of Non-Renewal — Payroll Services Agreement dated 1 January 2022

Dear Sirs,

Pursuant to Section 9.2 of the Payroll Services Agreement, Brightwater Logistics Ltd hereby gives notice that it will not renew the Agreement, which will therefore expire at the end of the current term.

Yours faithfully,

For and on behalf of Brightwater Logistics Ltd
Helen Marsh, Finance Director
`;

const BREACH_NOTICE = `Harbor & Pine Software, Inc.
900 Alder Street, Portland, OR 97205

March 4, 2024

BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED

Cedar Valley Clinics, P.C.
100 Main Street, Eugene, OR 97401

Re: Notice of Material Breach — Software License Agreement

Dear Dr. Alvarez:

This letter is notice under Section 11.2 of the Software License Agreement dated June 1, 2022 that Cedar Valley Clinics is in material breach of Section 4.1 for failure to pay invoices totalling $48,200 that are more than sixty (60) days past due.
You have thirty (30) days from receipt of this notice to cure the breach.
If the breach is not cured within that period, we will terminate the Agreement.

Sincerely,
Harbor & Pine Software, Inc.
By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: General Counsel
`;

describe('analyzeLetter: the motivating suspension email', () => {
  const letter = analyzeLetter(doc(SUSPENSION_EMAIL));

  it.each([
    ['sender from "on behalf of" in the From header', letter.senderText, 'Stratoshelf Hosting, Inc.'],
    ['recipient from the To header', letter.recipientText, 'Tomas Lindqvist'],
    ['delivery method from the email headers', letter.deliveryMethod, 'email'],
    ['action from the operative sentence, not the reservation to terminate', letter.action, 'suspension'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('reads the sent moment with its wall time and zone label', () => {
    expect(letter.sent).toMatchObject({ date: '2021-01-09', time: '18:07', zoneLabel: 'PST' });
  });

  it('reads the effective instant written after the date', () => {
    expect(letter.effective).toMatchObject({ kind: 'moment', moment: { date: '2021-01-10', time: '23:59', zoneLabel: 'PST' } });
  });

  it('states the policy-violation ground and no problems', () => {
    expect(letter.grounds).toEqual(['policy-violation']);
    expect(letter.problems).toEqual([]);
  });

  it('keeps the recipient email address so the domain can name the party', () => {
    expect(letter.recipientCandidates).toContain('tomas@kestrelanalytics.example');
  });
});

describe('analyzeLetter: a dated letter of non-renewal sent by courier', () => {
  const letter = analyzeLetter(doc(NON_RENEWAL_LETTER));

  it('takes the sending date from the dated letterhead (day-month-year)', () => {
    expect(letter.sent?.date).toBe('2024-11-05');
    expect(letter.sent?.time).toBeNull();
  });

  it.each([
    ['action', letter.action, 'non-renewal'],
    ['delivery method', letter.deliveryMethod, 'courier'],
    ['sender from "For and on behalf of"', letter.senderText, 'Brightwater Logistics Ltd'],
    ['recipient from the inside address', letter.recipientText, 'Orbital Payroll Services Limited'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('reads "at the end of the current term" and the cited section', () => {
    expect(letter.effective).toEqual({ kind: 'end-of-term' });
    expect(letter.sectionsCited).toEqual(['9.2']);
  });
});

describe('analyzeLetter: a breach notice by certified mail', () => {
  const letter = analyzeLetter(doc(BREACH_NOTICE));

  it('is a breach notice, not a termination: the termination is conditional on no cure', () => {
    expect(letter.action).toBe('breach-notice');
  });

  it('reads the stated cure period with its anchor', () => {
    expect(letter.curePeriod).toMatchObject({ amount: 30, unit: 'day', anchor: 'receipt-of-notice' });
  });

  it('reads certified mail, the sending date, both cited sections and the grounds', () => {
    expect(letter.deliveryMethod).toBe('certified-mail');
    expect(letter.sent?.date).toBe('2024-03-04');
    expect(letter.sectionsCited).toEqual(['11.2', '4.1']);
    expect(letter.grounds).toEqual(expect.arrayContaining(['material-breach', 'non-payment']));
  });

  it('does not take the agreement date as an effective date', () => {
    expect(letter.effective).toBeNull();
  });
});

describe('analyzeLetter: effective wording', () => {
  const head = 'Date: January 5, 2024\nTo: Keel Freight Co.\n\nDear Keel,\n\n';
  it.each([
    ['effective immediately', 'We hereby terminate the Agreement effective immediately.', { kind: 'immediate' }],
    [
      'a date',
      'We hereby terminate the Agreement effective February 5, 2024.',
      { kind: 'moment', moment: { date: '2024-02-05', time: null } },
    ],
    [
      'time before date',
      'Your account will be suspended at 5:00 p.m. Eastern Time on Friday, January 12, 2024.',
      { kind: 'moment', moment: { date: '2024-01-12', time: '17:00', zoneLabel: 'Eastern Time' } },
    ],
    [
      'end of the then-current term',
      'This letter constitutes notice of termination effective at the end of the then-current term.',
      { kind: 'end-of-term' },
    ],
    [
      'a period after receipt',
      'We hereby terminate the Agreement effective thirty (30) days after your receipt of this notice.',
      { kind: 'after-period', period: { amount: 30, unit: 'day', anchor: 'receipt-of-notice' } },
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(analyzeLetter(doc(head + sentence)).effective).toMatchObject(expected);
  });

  it('reports a date that does not exist as unparseable', () => {
    const letter = analyzeLetter(doc(`${head}We hereby terminate the Agreement effective February 30, 2024.`));
    expect(letter.effective).toBeNull();
    expect(letter.problems.join(' ')).toMatch(/unparseable date/);
  });

  it('reports a weekday that contradicts the date', () => {
    const letter = analyzeLetter(doc(`${head}We hereby terminate the Agreement effective Saturday, February 5, 2024.`));
    expect(letter.problems.join(' ')).toMatch(/weekday does not match/);
  });

  it('reports a termination with no effective date', () => {
    const letter = analyzeLetter(doc(`${head}We hereby terminate the Agreement.`));
    expect(letter.effective).toBeNull();
    expect(letter.problems).toContain('no effective date stated');
  });
});

describe('analyzeLetter: delivery methods and sections', () => {
  it.each([
    ['VIA FEDEX OVERNIGHT', 'courier'],
    ['By Hand Delivery', 'hand'],
    ['Via facsimile: (206) 555-0100', 'fax'],
    ['By registered mail', 'registered-mail'],
    ['Via email: legal@keel.example', 'email'],
  ])('"%s" is %s', (line, method) => {
    const letter = analyzeLetter(
      doc(`March 1, 2024\n\n${line}\n\nKeel Freight Co.\n\nDear Keel,\n\nWe hereby terminate the Agreement effective immediately.`),
    );
    expect(letter.deliveryMethod).toBe(method);
  });

  it('lists every method of a letter sent two ways, in order', () => {
    const letter = analyzeLetter(
      doc('March 1, 2024\n\nVia email and FedEx\n\nDear Keel,\n\nWe hereby terminate the Agreement effective immediately.'),
    );
    expect(letter.deliveryMethods).toEqual(['email', 'courier']);
  });

  it('normalises § citations and lists', () => {
    const letter = analyzeLetter(
      doc(
        'Date: March 1, 2024\n\nDear Keel,\n\nUnder §§ 14.2 and 14.3 and Section 7.2(b) we hereby terminate the Agreement effective immediately.',
      ),
    );
    expect(letter.sectionsCited).toEqual(['14.2', '14.3', '7.2(b)']);
  });
});

describe('analyzeLetter: properties', () => {
  it('never throws on arbitrary text and always returns arrays', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const letter = analyzeLetter(doc(text));
        expect(Array.isArray(letter.problems)).toBe(true);
        expect(Array.isArray(letter.grounds)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any real sent date back exactly', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        const month = [
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ][m - 1];
        const letter = analyzeLetter(doc(`Date: ${month} ${day}, ${y}\n\nWe hereby terminate the Agreement effective immediately.`));
        expect(letter.sent?.date).toBe(iso);
      }),
      { numRuns: 200 },
    );
  });
});
