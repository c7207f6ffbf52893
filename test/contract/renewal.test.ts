import { describe, expect, it } from 'vitest';
import { findRenewal } from '../../lib/contract/renewal.ts';
import { renewalCuesOf } from '../../lib/contract/term/renewal-rules.ts';

describe('findRenewal', () => {
  it.each([
    [
      'This agreement shall remain in effect until the end of the current calendar year and shall be automatically renewed for successive one (1) year periods unless otherwise terminated',
      'automatic',
    ],
    ['The insurance policy shall be automatically renewed for successive one (1) year periods', 'none'],
    [
      'The term of this Agreement shall be two (2) years from the Effective Date with automatic annual renewals thereafter provided either party does not provide sixty (60) days notice of termination prior to the renewal date.',
      'automatic',
    ],
    [
      'This Agreement will extend automatically for monthly periods unless either party to this Agreement notifies the other party in writing at least thirty (30) days before the expiration of the then current term.',
      'automatic',
    ],
    [
      'This JV Agreement shall become effective on the signing date and shall have a duration of * years, extendable for a further * years, unless notice of non- renewal is sent one year before the natural expiry date.',
      'automatic',
    ],
    [
      'Unless either party gives written notice to terminate this Agreement at least six (6) months prior to the end of said Initial Term, this Agreement shall continue on a year to year basis ("Extended Term(s)") until terminated by either party.',
      'automatic',
    ],
    [
      'The term of this Agreement commences on the Effective Date and continues in perpetuity, unless termination occurs pursuant to Sections 4.2 through 4.4.',
      'evergreen',
    ],
    [
      'This Agreement shall be effective from the date first above written and shall continue indefinitely until terminated by either Party.',
      'evergreen',
    ],
    [
      "This Agreement shall commence on the Effective Date and continue in full force and effect until the end of the fifteenth (15th) Contract Year, and shall continue in full force and effect thereafter until terminated by either Party by providing thirty (30) calendar days' prior written notice of termination.",
      'evergreen',
    ],
    [
      'The initial term of this Agreement shall commence on the Effective Date and extend for three (3) years thereafter ("INITIAL TERM"), with an automatic renewal for an indefinite period of time ("EXTENDED TERM"), unless terminated by the parties according to Sections 16.2. or 16.3. herein.',
      'evergreen',
    ],
    [
      'Thereafter, this Agreement shall be effective month to month, until terminated by Transporter or Shipper upon the following written notice to the other specifying a termination date.',
      'evergreen',
    ],
    ['This Agreement is entered into for an unlimited period of time.', 'evergreen'],
    ['This Agreement shall conclude on October 31, 2010, unless renewed by mutual written agreement of the parties.', 'mutual'],
    [
      'After the Initial Term, the term of the Agreement may be extended by a further period of five (5) years by mutual written agreement by the parties in the form of an amendment to this Agreement.',
      'mutual',
    ],
    ['Franchisee shall have the option to renew the franchise for one additional term of five (5) years.', 'option'],
    [
      'Cisco may, by written notice to Distributor, given at least thirty (30) days prior to the end of the then-current term of the Agreement, extend the term of the Agreement for the period set forth in such notice, up to a maximum of one (1) year.',
      'option',
    ],
    [
      'A Facility Addendum may be extended for up to three (3) additional periods of twelve (12) months (each, an "Extension Period") by written notice given by Customer to Manufacturer not less than twelve (12) months prior to the expiration of the Initial Term.',
      'option',
    ],
    [
      'Upon the expiration of the initial term of this Agreement, Franchisee shall have the one time right to obtain a successor franchise for a single term of five (5) years.',
      'option',
    ],
    ['This Agreement shall terminate on December 31, 2020.', 'none'],
  ])('%s → %s', (text, type) => {
    expect(findRenewal(text).renewal.type).toBe(type);
  });

  it.each([
    [
      'a perpetual licence is not an evergreen agreement',
      'Distributor hereby grants Zogenix an irrevocable, perpetual, royalty-free, fully paid-up, exclusive license under this Agreement.',
    ],
    [
      'a duty surviving termination is not an evergreen agreement',
      "Sponsor's obligations to treat the User Data as Confidential Information under this Agreement shall continue in perpetuity following termination of this Amendment.",
    ],
    [
      'securities held indefinitely are not an evergreen agreement',
      'Each CONTENT PROVIDER understands that it must bear the economic risk of the investment under this Agreement for an indefinite period of time because the Securities cannot be resold.',
    ],
    [
      'a dispute deadline extended by agreement is not a renewal',
      'If such matter cannot be resolved by discussion of such officers within such [***] (as may be extended by mutual written agreement), such dispute shall be resolved in accordance with Section 13.3.',
    ],
    [
      "a renewal the law imposes is not the contract's",
      'This Agreement shall terminate, subject to any automatic renewal or extension for one year as required by law, upon either party giving notice.',
    ],
  ])('%s', (_rule, text) => {
    expect(findRenewal(text).renewal.type).toBe('none');
  });

  it('prefers automatic wording to a later "continues until terminated" elsewhere', () => {
    const text =
      'This Agreement shall automatically renew for consecutive one (1) year terms unless either party gives at least sixty (60) days prior written notice of the non-renewal of this Agreement. ' +
      'Each Order Form under this Agreement shall remain in effect until terminated.';
    expect(findRenewal(text).renewal.type).toBe('automatic');
  });

  it("prefers one party's option to extension by agreement", () => {
    const text =
      'This Agreement shall commence on the Effective Date and continue thereafter for a period of two (2) years, unless extended by written agreement of both parties or sooner terminated as set forth below. ' +
      'Cisco may, by written notice to Distributor, extend the term of the Agreement for the period set forth in such notice.';
    expect(findRenewal(text).renewal.type).toBe('option');
  });

  it('takes the renewal term, not the notice period', () => {
    const { renewal } = findRenewal(
      'Thereafter, this Agreement shall automatically renew for successive one (1) year terms unless either party gives at least ninety (90) days prior written notice of non-renewal.',
    );
    expect(renewal.term).toMatchObject({ amount: 1, unit: 'year' });
  });

  it('takes the renewal term written after the renewal words, not the initial term before them', () => {
    const { renewal } = findRenewal(
      'Unless terminated sooner, the term of this Agreement shall begin on the Effective Date and continue for three (3) years thereafter (the "Initial Term") and shall automatically renew for additional one (1) year terms.',
    );
    expect(renewal.term).toMatchObject({ amount: 1, unit: 'year' });
  });

  it.each([
    [
      'with automatic annual renewals thereafter',
      'The term of this Agreement shall be two (2) years from the Effective Date with automatic annual renewals thereafter.',
      1,
      'year',
    ],
    [
      'extend automatically for monthly periods',
      'This Agreement will extend automatically for monthly periods unless either party notifies the other.',
      1,
      'month',
    ],
    [
      'an additional period of half a year',
      'The Initial Term shall automatically be extended for an additional period of half a year unless either party provides the other party with written notification of termination of the Agreement.',
      6,
      'month',
    ],
  ])('the renewal term named by the renewal words: %s', (_case, text, amount, unit) => {
    expect(findRenewal(text).renewal.term).toMatchObject({ amount, unit });
  });
});

describe('renewalCuesOf', () => {
  it('finds evergreen and automatic cues in one sentence', () => {
    const kinds = renewalCuesOf('this Agreement shall automatically renew for an indefinite period of time').map((c) => c.kind);
    expect(kinds).toEqual(['evergreen', 'automatic']);
  });
});
