import { describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../lib/contract/term.ts';

const place = { sectionAt: () => ({ section: null, heading: null }), pageAt: () => 1 };
const termOf = (text: string) => analyzeTerm(text, place).term;

describe('analyzeTerm', () => {
  it('ends a term "until five (5) years following" the effective date on the anniversary it names', () => {
    const text =
      'This Content License Agreement is made as of Feb 10, 2014 (the "Effective Date") by and between A Inc. and B Inc.\n\n' +
      '6.1 Term. The initial term of this Agreement commences as of the Effective Date and, unless terminated earlier pursuant to any express provision of this Agreement, shall continue until five (5) years following the Effective Date (the "Initial Term").';
    expect(termOf(text)).toMatchObject({
      agreementDate: '2014-02-10',
      effectiveDate: '2014-02-10',
      expirationDate: '2019-02-10',
      initialTerm: { amount: 5, unit: 'year' },
    });
  });

  it('takes the start and the length from one sentence ("commence on January 20, 2014 ... six (6) months")', () => {
    const text =
      'This agreement shall commence on January 20, 2014 (the "Effective Date") and shall continue in effect for six (6) months (the "Initial Term").';
    expect(termOf(text)).toMatchObject({ effectiveDate: '2014-01-20', expirationDate: '2014-07-19' });
  });

  it('prefers a stated end date to a computed one', () => {
    const text =
      'This Agreement is dated as of March 6, 2006.\n\nThe "Initial Term" shall commence upon the Effective Date and shall expire on March 31, 2011.';
    expect(termOf(text).expirationDate).toBe('2011-03-31');
  });

  it('reads "the third anniversary of the Effective Date" as three years', () => {
    const text =
      'The Effective Date of this Agreement (herein called the "Effective Date") is September 21, 1998.\n\n' +
      'This Agreement will commence on the Effective Date, and will terminate on the third anniversary of the Effective Date (the "Term"), unless earlier terminated as provided in this Agreement.';
    expect(termOf(text)).toMatchObject({ effectiveDate: '1998-09-21', expirationDate: '2001-09-21' });
  });

  it('ends "the current calendar year" on 31 December', () => {
    const text =
      'This Agreement is made this 8th day of May 2014.\n\nThis agreement shall begin upon the date of its execution by MA and acceptance in writing by Company and shall remain in effect until the end of the current calendar year and shall be automatically renewed for successive one (1) year periods unless otherwise terminated.';
    expect(termOf(text)).toMatchObject({ expirationDate: '2014-12-31', renewal: { type: 'automatic', term: { amount: 1, unit: 'year' } } });
  });

  it('reads a term written as "from ... to ..."', () => {
    const text = 'EFFECTIVE DATE: November 01, 2016\n\nTERM: November 01, 2014 to October 31, 2017';
    expect(termOf(text)).toMatchObject({ effectiveDate: '2016-11-01', expirationDate: '2017-10-31' });
  });

  it('gives no expiration when the length is redacted', () => {
    const text =
      'This Agreement is made on July 31, 2017.\n\nThis Agreement shall come into force on the Effective Date and shall remain in force and effect for a period of [Redacted - Commercially Sensitive - Term Details] , unless this Agreement is extended.';
    expect(termOf(text).expirationDate).toBeNull();
  });

  it('returns term and renewal provisions with their quoted text and offsets', () => {
    const text =
      'Dated as of May 1, 2006.\n\nThe initial term ("Initial Term") of this Agreement shall be for one year commencing on the 1st day of May, 2006 ("Effective Date"). This Agreement shall automatically renew for successive one year terms unless either party gives notice of non-renewal.';
    const { provisions, term } = analyzeTerm(text, place);
    expect(term.expirationDate).toBe('2007-04-30');
    const termProvision = provisions.find((p) => p.type === 'term');
    expect(termProvision?.text).toContain('The initial term');
    expect(text.slice(termProvision?.start, termProvision?.end)).toBe(termProvision?.text);
    expect(provisions.find((p) => p.type === 'renewal')?.renewal?.type).toBe('automatic');
  });
});
