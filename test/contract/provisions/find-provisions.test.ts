import { describe, expect, it } from 'vitest';
import type { Party, Provision } from '../../../lib/domain/types.ts';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';

const find = (text: string, parties: Party[] = []): Provision[] => findProvisions(text, bareContext(parties));
const ofType = (text: string, type: Provision['type']): Provision[] => find(text).filter((p) => p.type === type);
const amounts = (provisions: Provision[]): Array<[number | null, string] | null> =>
  provisions.map((p) => (p.notice ? [p.notice.amount, p.notice.unit] : null));

describe('non-renewal notices', () => {
  it.each([
    [
      'This Agreement may be terminated by either party at the expiration of its term or any renewal term upon thirty (30) days written notice to the other party.',
      30,
      'day',
    ],
    [
      'Thereafter, this Agreement shall renew automatically for one (1) additional three (3) year period unless either party provides the other with written notice of non-renewal at least ninety (90) days before the expiration of the Initial Term.',
      90,
      'day',
    ],
    [
      'The term of this Agreement shall be for one (1) year commencing on the Effective Date and automatically renewing annually thereafter, unless either party provides a thirty-day notice of written termination one to the other.',
      30,
      'day',
    ],
    [
      'This Agreement shall automatically be renewed for successive one (1) year increments unless either party request in writing, at least ninety (90) days prior to the anniversary date, that this Agreement not to be renewed.',
      90,
      'day',
    ],
    [
      'This Agreement shall be automatically renewed for additional successive one (1) year periods, unless written notice of non-renewal is received no later than six (6) months prior to the expiration of the then current term.',
      6,
      'month',
    ],
    [
      'After the initial period of two years, the maintenance and support contract shall be automatically renewed for a period of one year on each renewal date, unless one of the parties terminates the maintenance and support contract through written notification to the other party in the form of a registered letter with proof of receipt, at least six (6) weeks prior to the renewal date.',
      6,
      'week',
    ],
    [
      'This JV Agreement shall become effective on the signing date and shall have a duration of * years, extendable for a further * years, unless notice of non- renewal is sent one year before the natural expiry date.',
      1,
      'year',
    ],
    [
      'The Initial Term shall automatically renew for one-month periods thereafter unless either party provides 30- days advance notice of termination, unless earlier terminated pursuant to Section 2.2 hereof.',
      30,
      'day',
    ],
  ])('reads the notice, not the renewal term: %s', (text, amount, unit) => {
    expect(amounts(ofType(text, 'non-renewal'))).toEqual([[amount, unit]]);
  });

  it('gives the party entitled to the notice', () => {
    const [provision] = ofType(
      'This Agreement will extend automatically for monthly periods unless either party to this Agreement notifies the other party in writing at least thirty (30) days before the expiration of the then current term.',
      'non-renewal',
    );
    expect(provision?.party).toBe('either');
    expect(provision?.notice).toMatchObject({ qualifier: 'at-least', anchor: 'end-of-term' });
  });

  it('gives the party that may cancel at the end of the term', () => {
    const parties: Party[] = [{ name: 'Acme Corp.', aliases: ['Customer'], role: 'customer' }];
    const text =
      'Customer, upon thirty days prior written notice, may cancel this Agreement at the end of the Initial Term and thereafter on each anniversary of the end of the Initial Term.';
    const provisions = find(text, parties).filter((p) => p.type === 'non-renewal');
    expect(provisions.map((p) => [p.party, p.notice?.amount])).toEqual([['Acme Corp.', 30]]);
  });

  it('keeps a redacted notice period as redacted', () => {
    const [provision] = ofType(
      'The Agreement may be terminated by both Parties with a notification period of *** before the end of the Initial Term of the Agreement.',
      'non-renewal',
    );
    expect(provision?.notice?.amount).toBeNull();
    expect(provision?.flags).toContain('redacted');
  });

  it('reads both periods when one sentence gives one per service type', () => {
    const text =
      'Thereafter, this Agreement shall be effective month to month, until terminated by Transporter or Shipper upon the following written notice to the other specifying a termination date: sixty (60) days for interruptible transportation under Rate Schedule ITS and 180 days for firm transportation under Rate Schedule FTS.';
    expect(amounts(ofType(text, 'non-renewal'))).toEqual([
      [60, 'day'],
      [180, 'day'],
    ]);
  });

  it('finds none where the agreement renews with no notice to stop it', () => {
    expect(
      ofType(
        'This Agreement shall automatically renew for successive one (1) year terms unless earlier terminated by either party.',
        'non-renewal',
      ),
    ).toEqual([]);
  });

  it('is not a notice before expiry that neither ends nor renews the agreement', () => {
    expect(
      ofType(
        'Customer shall notify Provider at least sixty (60) days before the expiration of the Term if it wishes to purchase additional licenses.',
        'non-renewal',
      ),
    ).toEqual([]);
  });

  it.each([
    ['Distributor will maintain its records for at least two (2) years after termination of this Agreement.'],
    [
      'Airspan will recognize payments due to Distributor for orders received up to ninety (90) days after the termination or expiration of this Agreement.',
    ],
    [
      "Such certificate will provide that there shall be no cancellation, non-renewal, or modification of such coverage without thirty days' prior written notice to the Company.",
    ],
  ])('does not take a window after termination or an insurance notice for one: %s', (text) => {
    expect(ofType(text, 'non-renewal')).toEqual([]);
  });
});

describe('opt-in extension notices are kept apart from non-renewal', () => {
  it.each([
    [
      'A Facility Addendum may be extended for up to three (3) additional periods of twelve (12) months by written notice given by Customer to Manufacturer not less than twelve (12) months prior to the expiration of the Initial Term.',
      12,
      'month',
    ],
    [
      'If Distributor wishes to extend the term of the Agreement beyond the Initial Term, it must notify Airspan in writing at least six (6) months prior to then end of the Initial Term.',
      6,
      'month',
    ],
  ])('%s', (text, amount, unit) => {
    expect(ofType(text, 'non-renewal')).toEqual([]);
    expect(amounts(ofType(text, 'extension-notice'))).toEqual([[amount, unit]]);
  });
});

describe('evergreen agreements: the right to end on notice', () => {
  it('is a notice to terminate and, needing no cause, a termination for convenience', () => {
    const text =
      "Subject to the other provisions of this Agreement, the term of this Agreement shall commence on the Effective Date and shall remain in effect until terminated by either Party upon thirty (30) days' prior written notice.";
    expect(amounts(ofType(text, 'non-renewal'))).toEqual([[30, 'day']]);
    expect(amounts(ofType(text, 'termination-for-convenience'))).toEqual([[30, 'day']]);
  });

  it('after the initial term, a right to terminate without cause is both', () => {
    const text =
      'Following the Initial Term, either Party may terminate this Agreement without cause upon written notice to the other Party of at least 3 months.';
    expect(amounts(ofType(text, 'non-renewal'))).toEqual([[3, 'month']]);
    expect(ofType(text, 'termination-for-convenience')[0]?.party).toBe('either');
  });

  it('a right usable "at any time" is for convenience only', () => {
    const text =
      'This Agreement may be terminated at any time without cause by either party upon ninety (90) days written notice to the other party.';
    expect(ofType(text, 'non-renewal')).toEqual([]);
    expect(amounts(ofType(text, 'termination-for-convenience'))).toEqual([[90, 'day']]);
  });
});

describe('termination for convenience', () => {
  it.each([
    [
      'Company may terminate this Agreement and the license granted herein, for any reason, upon giving JHU sixty (60) days written notice under Paragraph 8.1.',
      60,
      'day',
      'Company',
    ],
    [
      'Regardless of the term, Licensee can terminate Agreement with at least one hundred eighty (180) days written notice with no further obligation.',
      180,
      'day',
      'Licensee',
    ],
    [
      'COMPANY may, in its unfettered discretion, terminate this Agreement at any time after first giving CONTENT PROVIDER ten (10) days advance notice thereof.',
      10,
      'day',
      'COMPANY',
    ],
    ['Either Party may terminate this Agreement, without cause, by giving two         (2) years written notice.', 2, 'year', 'either'],
    [
      "The Consultant may voluntarily terminate the Consultant's engagement with the Company at any time by giving the Company 120 days prior written Notice of the termination.",
      120,
      'day',
      'Consultant',
    ],
    [
      "AIG shall have the absolute right        to terminate this Agreement upon thirty (30) days' prior written notice        to the Company.",
      30,
      'day',
      'AIG',
    ],
  ])('%s', (text, amount, unit, party) => {
    const [provision] = ofType(text, 'termination-for-convenience');
    expect(provision?.notice).toMatchObject({ amount, unit });
    expect(provision?.party).toBe(party);
  });

  it('"immediately upon written notice for any reason" is a notice of zero days', () => {
    const [provision] = ofType(
      'Licensor reserves the right to terminate this Agreement immediately upon written notice for any reason, including if the usage of the Brand is not in compliance with the standards and policies.',
      'termination-for-convenience',
    );
    expect(provision?.notice).toMatchObject({ amount: 0, unit: 'day' });
  });

  it('reads the first item of a list of rights as the convenience right', () => {
    const text =
      'Either party may terminate this Agreement prior to expiration of the Term: (i) upon thirty (30) days prior written notice, or (ii) immediately upon written notice to the other party if: (a) the other party declares or a petition is filed in any court for insolvency or bankruptcy; (b) the other party consents to the appointment of a receiver.';
    const provisions = find(text);
    expect(amounts(provisions.filter((p) => p.type === 'termination-for-convenience'))).toEqual([[30, 'day']]);
    expect(provisions.find((p) => p.type === 'immediate-termination')?.grounds).toContain('insolvency');
  });

  it('is not a right that depends on a condition', () => {
    const text =
      "If the Parties are unable to agree on an economic adjustment within sixty (60) Days of the senior management meeting, then Carrier may, in its sole discretion, terminate this Agreement without penalty by delivering Shipper written notice of Carrier's intent to terminate.";
    expect(ofType(text, 'termination-for-convenience')).toEqual([]);
  });

  it('is not a right to end something other than the agreement', () => {
    expect(
      ofType(
        'Torvec may, in its sole discretion, cancel its participation in any of the above-referenced events by notifying Vendor of such cancellation not later than two weeks prior to the due date.',
        'termination-for-convenience',
      ),
    ).toEqual([]);
  });
});

describe('termination for cause, immediate termination and suspension', () => {
  it('reads the cure period of a breach clause', () => {
    const [provision] = ofType(
      'Either party may terminate this Agreement if the other party materially breaches this Agreement and does not cure the breach within thirty (30) days after receipt of written notice describing the breach.',
      'termination-for-cause',
    );
    expect(provision?.cure).toMatchObject({ amount: 30, unit: 'day', qualifier: 'within', anchor: 'receipt-of-notice' });
    expect(provision?.grounds).toEqual(['material-breach']);
    expect(provision?.party).toBe('either');
  });

  it('reads a cure period stated as "remains uncured N days after"', () => {
    const [provision] = ofType(
      'Either party may terminate this Agreement if the other party materially breaches this Agreement and the breach remains uncured thirty (30) days after receipt of notice.',
      'termination-for-cause',
    );
    expect(provision?.cure?.amount).toBe(30);
  });

  it('reads cure periods in hours', () => {
    const [provision] = ofType(
      'Franchisor may terminate this Agreement if Franchisee fails to cure any health or safety violation within forty-eight (48) hours after receiving notice.',
      'termination-for-cause',
    );
    expect(provision?.cure).toMatchObject({ amount: 48, unit: 'hour' });
  });

  it('reads a cure window stated without the word "cure"', () => {
    const [provision] = ofType(
      'Either party may terminate this Agreement by written notice if the other party fails to pay any undisputed amount within ten (10) business days after receiving notice of non-payment.',
      'termination-for-cause',
    );
    expect(provision?.cure).toMatchObject({ amount: 10, unit: 'business-day' });
    expect(provision?.grounds).toContain('non-payment');
  });

  it('reads "where such failure continues for thirty (30) days after written notice" in a list of grounds', () => {
    const text =
      'Upon the occurrence of any of the following, WGT may terminate the Term by giving Distributor written notice of such termination for:\n\n(a) the insolvency of Distributor; or\n\n(b) any failure by Distributor to perform any of its other obligations under this Agreement where such failure continues for thirty (30) days after written notice thereof by WGT to Distributor; or';
    const cures = find(text).filter((p) => p.cure !== null);
    expect(cures.map((p) => p.cure?.amount)).toEqual([30]);
  });

  it('keeps each cure window when one clause gives two', () => {
    const text =
      'Either Party may serve Notice to the other Party to terminate this Agreement immediately in the event any material breach of a material provision of this Agreement by such other Party remains uncured 30 days in the case of a breach of a payment obligation, or 45 days for all other material breaches, after receipt of Notice of the breach.';
    expect(ofType(text, 'termination-for-cause').map((p) => p.cure?.amount)).toEqual([30, 45]);
  });

  it('gives change of control as the ground of an immediate termination', () => {
    const [provision] = ofType(
      'Either party may terminate this Agreement, effective immediately, upon written notice if the other party undergoes a change of control.',
      'immediate-termination',
    );
    expect(provision?.grounds).toEqual(['change-of-control']);
  });

  it('gives the grounds of an immediate termination on insolvency', () => {
    const [provision] = ofType(
      'Either party may terminate this Agreement immediately by written notice if the other party makes an assignment for the benefit of creditors or becomes insolvent.',
      'immediate-termination',
    );
    expect(provision?.grounds).toEqual(['insolvency']);
    expect(provision?.notice?.amount).toBe(0);
  });

  it('reads a suspension right with its grounds and its immediate notice', () => {
    const text =
      "Stratoshelf may suspend Customer's access to the Services immediately upon notice to Customer if (a) Customer's use of the Services poses a security risk to the Services, or (b) Customer breaches this Agreement or the Acceptable Use Policy.";
    const [provision] = ofType(text, 'suspension');
    expect(provision?.grounds).toEqual(expect.arrayContaining(['security-risk', 'breach', 'policy-violation']));
    expect(provision?.notice?.amount).toBe(0);
    expect(provision?.party).toBe('Stratoshelf');
  });

  it('gives a suspension for non-payment its cure window', () => {
    const [provision] = ofType(
      'Transporter may suspend service hereunder if Customer fails to pay any invoice within ten (10) days after written notice of non-payment.',
      'suspension',
    );
    expect(provision?.cure).toMatchObject({ amount: 10, unit: 'day' });
    expect(provision?.grounds).toContain('non-payment');
  });

  it('reads an automatic termination on insolvency, which no party need exercise', () => {
    const [provision] = ofType(
      'This Agreement shall terminate automatically if either party becomes insolvent or makes an assignment for the benefit of creditors.',
      'immediate-termination',
    );
    expect(provision?.grounds).toEqual(['insolvency']);
  });

  it('a right to terminate where the party could suspend is a termination, not a suspension', () => {
    const text =
      'Stratoshelf may terminate this Agreement immediately upon notice to Customer for cause in any circumstance in which Stratoshelf has the right to suspend the Services under Section 3.1.';
    expect(find(text).map((p) => p.type)).toEqual(['immediate-termination']);
  });
});

describe('notice delivery', () => {
  it.each([
    ['Notices sent by email are effective when sent.', { method: 'email', rule: 'when-sent' }],
    [
      "A notice sent by email is deemed received when sent, if sent before 5:00 p.m. (recipient's local time) on a business day, and otherwise on the next business day.",
      { method: 'email', rule: 'when-sent', cutoff: '17:00', cutoffZone: 'recipient' },
    ],
    [
      'A notice sent by overnight courier is deemed received on the next business day after dispatch.',
      { method: 'courier', rule: 'next-business-day' },
    ],
    [
      'Notices sent by certified mail, return receipt requested, are deemed received three (3) business days after mailing.',
      { method: 'certified-mail', rule: 'after-business-days', amount: 3 },
    ],
    ['A notice delivered by hand is effective upon receipt.', { method: 'hand', rule: 'on-delivery' }],
  ])('%s', (text, delivery) => {
    const [provision] = ofType(text, 'notice-delivery');
    expect(provision?.deliveries).toEqual([delivery]);
  });

  it('gathers the rules of one notices section into one provision', () => {
    const text =
      '5.1 Notices. All notices under this Agreement must be in writing. Notices sent by email are effective when sent. Notices sent by nationally recognized overnight courier are effective one (1) business day after deposit with the courier. Notices sent by certified mail, return receipt requested, are effective three (3) business days after mailing.';
    const provisions = ofType(text, 'notice-delivery');
    expect(provisions).toHaveLength(1);
    expect(provisions[0]?.deliveries).toEqual([
      { method: 'email', rule: 'when-sent' },
      { method: 'courier', rule: 'after-business-days', amount: 1 },
      { method: 'certified-mail', rule: 'after-business-days', amount: 3 },
    ]);
    expect(text.slice(provisions[0]?.start, provisions[0]?.end)).toBe(provisions[0]?.text);
  });

  it('records the next-business-day rule even where no delivery method is stated', () => {
    const [provision] = find(
      'If the last day of any period falls on a weekend or a public holiday, the period will end on the next Business Day.',
    );
    expect(provision).toMatchObject({ type: 'notice-delivery', nextBusinessDayRule: true, deliveries: [] });
  });

  it('records that a deadline on a weekend or holiday moves to the next business day', () => {
    const text =
      'Notices sent by email are effective when sent. If the last day for giving any notice falls on a Saturday, Sunday or legal holiday, the period shall be extended to the next business day.';
    expect(ofType(text, 'notice-delivery')[0]?.nextBusinessDayRule).toBe(true);
  });
});

describe('parties, sections, quotes and offsets', () => {
  const parties: Party[] = [{ name: 'Cloudline Hosting, Inc.', aliases: ['Cloudline', 'Provider'], role: 'provider' }];

  it('resolves a defined name or alias to the party', () => {
    const [provision] = findProvisions(
      'Provider may terminate this Agreement for convenience upon sixty (60) days notice.',
      bareContext(parties),
    );
    expect(provision?.party).toBe('Cloudline Hosting, Inc.');
  });

  it('takes the mention nearest the verb as the holder of the right', () => {
    const text =
      'Notwithstanding any possible implication to the contrary as a result of the course of conduct of the parties, Contractor shall be entitled, at its sole discretion, to terminate this Agreement only during the Extended Term, with or without cause, upon a prior written notice of termination to NICE of not less than six (6) months.';
    const provisions = find(text);
    expect(provisions.map((p) => [p.type, p.party])).toEqual([
      ['non-renewal', 'Contractor'],
      ['termination-for-convenience', 'Contractor'],
    ]);
  });

  it('does not take a heading word for a party', () => {
    const [provision] = find(
      'Early Termination. This Agreement may be terminated by either Oaktree US or the Sub-Advisor for any reason upon 30 days written notice to the other.',
    );
    expect(provision?.party).not.toBe('Early');
  });

  it('quotes the exact text with offsets into the whole document and cites section and page', () => {
    const text = '7. TERM\n\n7.2 Either party may terminate this Agreement for any reason upon thirty (30) days written notice.';
    const [provision] = findProvisions(text, { sectionAt: () => ({ section: '7.2', heading: 'Term' }), parties: [], pageAt: () => 3 });
    expect(provision).toMatchObject({ type: 'termination-for-convenience', section: '7.2', heading: 'Term', page: 3 });
    expect(text.slice(provision?.start, provision?.end)).toBe(provision?.text);
    expect(provision?.text).toContain('thirty (30) days');
    expect(text.slice(provision?.notice?.start, provision?.notice?.end)).toBe('thirty (30) days');
  });

  it('keeps the words-digits mismatch on the provision', () => {
    const [provision] = find('Either party may terminate this Agreement for convenience upon sixty (90) days prior written notice.');
    expect(provision?.flags).toContain('words-digits-mismatch');
    expect(provision?.notice).toMatchObject({ amount: 90, words: 60, digits: 90 });
  });
});
