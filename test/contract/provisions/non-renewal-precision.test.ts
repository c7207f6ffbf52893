/**
 * What is not a notice to end the agreement at its term, though it speaks of renewal or of a time before
 * expiry: renewals that need both parties' agreement, the lapse of a registration or permit, a lead time
 * before the end of another period, an obligation timed before expiry, and limits such as "not to extend
 * beyond". And what is: an automatic renewal stopped by notice stays a non-renewal whatever else is agreed,
 * and a party that must notify to extend holds an extension notice.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/contract/analyze.ts';

const agreement = (body: string) =>
  analyzeText(
    `SUPPLY AGREEMENT\n\nThis Agreement is made on 3 March 2026 between Quillon Components Ltd. ("Supplier") and Marrow Devices Inc. ("Buyer").\n\n2.1 The initial term of this Agreement is three (3) years from the Effective Date.\n\n${body}\n\n20. This Agreement is governed by the laws of the State of Delaware.`,
  );

const typesOf = (body: string) =>
  agreement(body).provisions.map((p) => `${p.type}${p.notice?.amount ? ` ${p.notice.amount} ${p.notice.unit}` : ''}`);

describe('not a non-renewal notice', () => {
  it.each([
    [
      'a renewal that needs both parties to agree',
      '2.2 This Agreement may be renewed only if both parties agree in writing at least thirty (30) days before the expiration of the initial term.',
    ],
    [
      'an extension by written agreement',
      '2.2 The Term shall end on the third anniversary of the Effective Date unless extended by written agreement of the parties not less than sixty (60) days prior to the scheduled expiration.',
    ],
    [
      'a decision the parties take together',
      '2.2 At least one (1) year before the end of the Term, the parties shall decide whether to extend it for one or more additional years.',
    ],
    [
      'a negotiation of renewal terms',
      '2.2 Commencing not later than ninety (90) days prior to the expiration of the Term, the Supplier will negotiate with the Buyer in good faith the terms under which this Agreement would be renewed.',
    ],
    [
      'the lapse of a registration',
      '7.4 The Buyer shall notify the Supplier in writing within ten (10) days upon the lapse, non-renewal or revocation of any registration or permit it needs to sell the Products.',
    ],
    [
      'an obligation timed before expiry',
      '6.3 During the last ninety (90) days before the expiration or termination of this Agreement, the Supplier shall maintain a safety stock of the Products sufficient for the Buyer’s forecast.',
    ],
    [
      'a limit on a negotiation',
      '9.2 If the Buyer elects to negotiate a licence, the parties shall start negotiating promptly, the negotiations not to extend beyond ninety (90) days from the notice of election.',
    ],
  ])('%s', (_, body) => {
    expect(typesOf(body).filter((t) => t.startsWith('non-renewal'))).toEqual([]);
  });

  it('a lead time before the end of another period is not counted from the end of the term', () => {
    const body =
      '8.2 Either party may, no earlier than six (6) months prior to the expiration of the Noncompetition Period, begin development of competing products, provided it gives written notice to the other party.';
    expect(typesOf(body).filter((t) => t.startsWith('non-renewal'))).toEqual([]);
  });
});

describe('a non-renewal notice', () => {
  it('is one when it is given by sending a letter, without the word "notice"', () => {
    const body =
      '2.2 Either party may terminate this Agreement at the end of the initial term or of any renewal year by sending a registered letter to the other party three (3) months before the end of the term.';
    expect(typesOf(body)).toContain('non-renewal 3 month');
  });

  it('stays one when the parties may also agree otherwise', () => {
    const body =
      '2.2 This Agreement shall automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term, or unless the parties otherwise agree in writing.';
    expect(typesOf(body)).toContain('non-renewal 90 day');
  });
});

describe('an extension notice', () => {
  it.each([
    '2.2 The Term shall be extended for subsequent one (1) year periods upon the mutual agreement of the parties, and a party that desires to so extend the Term shall notify the other party at least one hundred twenty (120) days prior to the expiration of the Term.',
    '2.2 The Buyer may, by written notice to the Supplier given at least four (4) months prior to the end of the initial term, notify the Supplier that it elects to seek to extend the term for an additional two (2) years.',
  ])('is held by the party that must notify to extend: %s', (body) => {
    expect(typesOf(body).filter((t) => t.startsWith('extension-notice')).length).toBeGreaterThan(0);
    expect(typesOf(body).filter((t) => t.startsWith('non-renewal'))).toEqual([]);
  });
});
