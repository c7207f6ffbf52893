import { describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../../lib/contract/term.ts';
import { findTermClause } from '../../../lib/contract/term/initial-term.ts';

const place = { sectionAt: () => ({ section: null, heading: null }), pageAt: () => 1 };
const termOf = (text: string) => analyzeTerm(text, place).term;

describe('the term clause and the expiration date', () => {
  it('reads "one (I) year", a digit misread by OCR, as one year', () => {
    const text =
      'This Agreement is dated as of March 14, 2018.\n\n10.1 Term. This Agreement shall commence as of the Effective Date and shall continue in effect for one (I) year, unless earlier terminated as expressly provided in Sections 1.3. 10.1. or 10.2 of this Agreement (the *Initial Term").';
    expect(termOf(text)).toMatchObject({ initialTerm: { amount: 1, unit: 'year' }, expirationDate: '2019-03-13' });
  });

  it('reads "shall remain in full force and effect for at least one year thereafter"', () => {
    const text =
      'This Agreement is made on 31 January, 1994.\n\nEFFECTIVE DATE shall mean the Date of Installation of the PSS in Kuwait, i.e. December 10, 1993.\n\n2. TERM OF AGREEMENT\n\nXIMAGE\'s obligations hereunder shall become effective upon the "Effective Date" and, unless sooner terminated as provided herein, shall remain in full force and effect for at least one year thereafter.';
    expect(termOf(text)).toMatchObject({ effectiveDate: '1993-12-10', expirationDate: '1994-12-09' });
  });

  it('reads "Agreement and shall terminate on December 31, 2020"', () => {
    const text =
      'This Agreement is made as of October 1, 2019.\n\n3.1 Termination of Agreement. This Agreement be deemed effective as of the Effective Date, Agreement and shall terminate on December 31, 2020, unless terminated earlier in accordance with Section 3.2.';
    expect(termOf(text).expirationDate).toBe('2020-12-31');
  });

  it('reads "effective through and including March 31, 2004"', () => {
    const text =
      'This Amendment is made this 1st day of January, 1999.\n\n1. This Agreement shall be effective through and including March 31, 2004.';
    expect(termOf(text).expirationDate).toBe('2004-03-31');
  });

  it('skips "during the term of this Agreement" and a period "immediately following termination"', () => {
    const text =
      'This Agreement is made this 1st day of January, 1996.\n\n' +
      "During the term of this Agreement and the five (5) year period immediately following termination of this Agreement, Licensor will have the right to audit Licensee's records. " +
      'This Agreement shall be effective until the earlier of (a) its termination in accordance with the provisions of this Article 14 or (b) the date that is two (2) years after the date of this Agreement.';
    expect(termOf(text)).toMatchObject({ initialTerm: { amount: 2, unit: 'year' }, expirationDate: '1998-01-01' });
  });

  it('does not read "meet every three (3) months, during the term of this Agreement" as a term length', () => {
    expect(
      findTermClause('Contractor and Customer will meet every three (3) months, during the term of this Agreement to review pricing.'),
    ).toBeNull();
  });

  it('does not take the renewal length as the initial term', () => {
    const clause = findTermClause(
      'This Agreement shall automatically renew for additional one (1) year terms unless either party gives notice.',
    );
    expect(clause?.period ?? null).toBeNull();
  });
});

describe('an agreement that ends only on notice', () => {
  it('is evergreen when it "shall terminate ... upon either party giving ... notice" and has no fixed term', () => {
    const text =
      'MICOA and Agency agree as follows. 2. This Agreement shall terminate, subject to any automatic renewal or extension for one year as required by law, upon either party giving at least one hundred twenty (120) days advance written notice to the other.';
    expect(termOf(text)).toMatchObject({ expirationDate: null, renewal: { type: 'evergreen' } });
  });

  it('is not evergreen when the agreement also has a fixed term', () => {
    const text =
      'This Agreement is made as of May 1, 2006. The term of this Agreement shall be two (2) years from the Effective Date. This Agreement shall terminate upon either party giving ninety (90) days written notice of a material breach that remains uncured.';
    expect(termOf(text).renewal?.type).toBe('none');
  });
});
