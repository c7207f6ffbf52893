import { describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../../lib/contract/term.ts';
import { lastDayOfTerm } from '../../../lib/contract/term/expiration.ts';

const place = { sectionAt: () => ({ section: null, heading: null }), pageAt: () => 1 };
const termOf = (text: string) => analyzeTerm(text, place).term;
const dated = (clause: string) => `This Services Agreement is made as of 1 October 2025.\n\n2. Term. ${clause}`;

describe('the legal last day of the initial term', () => {
  it('ends a twelve-month term that begins on 1 October 2025 on 30 September 2026', () => {
    const term = termOf(dated('This Agreement commences on the Effective Date and continues for twelve (12) months.'));
    expect(term).toMatchObject({ expirationDate: '2026-09-30', expirationBasis: 'length' });
    expect(term.expirationAlternatives).toBeUndefined();
  });

  it('ends "until the second anniversary" on the anniversary itself', () => {
    const term = termOf(dated('This Agreement shall remain in effect until the second (2nd) anniversary of the Effective Date.'));
    expect(term).toMatchObject({ expirationDate: '2027-10-01', expirationBasis: 'named-day' });
  });

  it('ends "through the day prior to the second anniversary" the day before it', () => {
    const term = termOf(
      dated('The Term shall run from the Effective Date through the day prior to the second anniversary of the Effective Date.'),
    );
    expect(term.expirationDate).toBe('2027-09-30');
  });

  it('keeps both readings of a length counted "from" a day, the earlier first', () => {
    const term = termOf(dated('This Agreement is for a term of two (2) years from the Effective Date.'));
    expect(term.expirationDate).toBe('2027-09-30');
    expect(term.expirationAlternatives).toEqual([{ date: '2027-10-01', reason: expect.stringContaining('from') }]);
  });

  it('clamps a month-end start to the end of a shorter month', () => {
    expect(lastDayOfTerm('2024-01-31', { amount: 1, unit: 'month', qualifier: null }, 'for')?.date).toBe('2024-02-28');
  });
});

describe('a term that ends on the last day of its Nth full calendar month', () => {
  it.each([
    ['ends on the last day of the twenty-fourth (24th) full calendar month thereafter', '2025-10-01', '2027-09-30'],
    ['ends on the last day of the twelfth (12th) full calendar month after the Effective Date', '2025-10-01', '2026-09-30'],
  ])('"%s" from %s ends on %s', (words, _start, end) => {
    const term = termOf(dated(`This Agreement commences on the Effective Date and ${words}.`));
    expect(term.expirationDate).toBe(end);
  });

  it('counts full months from the month after a start in mid-month', () => {
    expect(lastDayOfTerm('2025-03-15', { amount: 24, unit: 'month', qualifier: null }, 'month-end')?.date).toBe('2027-03-31');
    expect(lastDayOfTerm('2025-03-01', { amount: 24, unit: 'month', qualifier: null }, 'month-end')?.date).toBe('2027-02-28');
  });
});

describe('term phrasings', () => {
  it.each([
    ['This Agreement shall be valid for a period of three (3) years commencing on the Effective Date.', '2028-09-30'],
    ['This Agreement shall remain in effect for two (2) years, unless terminated earlier under Section 9.', '2027-09-30'],
    ['The Term will be eighteen (18) full calendar months beginning on the Effective Date.', '2027-03-31'],
    ['This Agreement shall continue in force until the fifth (5th) anniversary of the Effective Date.', '2030-10-01'],
    ['This Agreement shall expire on the date that is three (3) years after the Effective Date.', '2028-10-01'],
    ['The term of the Franchise shall be ten (10) years, commencing on the Effective Date.', '2035-09-30'],
    ['The Term shall commence on the date of this Agreement and, unless extended, shall end as of June 30, 2027.', '2027-06-30'],
    [
      'The term of this Supply Agreement shall remain in effect until the earlier of (a) March 31, 2029 or (b) the closing of the sale.',
      '2029-03-31',
    ],
  ])('reads "%s"', (clause, expected) => {
    expect(termOf(dated(clause)).expirationDate).toBe(expected);
  });

  it('reads a term stated through another defined period', () => {
    const text = dated(
      'The term of this Agreement shall be the Subscription Period. "Subscription Period" means the period of thirty-six (36) months beginning on the Effective Date.',
    );
    expect(termOf(text)).toMatchObject({ initialTerm: { amount: 36, unit: 'month' }, expirationDate: '2028-09-30' });
  });

  it('prefers the sentence that sets the term to a later mention with a length in days', () => {
    const text = dated(
      'This Agreement shall terminate on the date three (3) years from the Effective Date. ' +
        'If the handover is not complete on termination, the parties shall extend the Term of this Agreement for ninety (90) days.',
    );
    expect(termOf(text)).toMatchObject({ initialTerm: { amount: 3, unit: 'year' }, expirationDate: '2028-10-01' });
  });

  it('does not take "the Term of the Agreement" deep inside another clause for the term clause', () => {
    const text = dated('At that time the Customer will not yet have paid for the last two (2) months of the Term of the Agreement.');
    expect(termOf(text).initialTerm).toBeNull();
  });

  it('does not read a renewal length as the initial term', () => {
    const text = dated(
      'As used here, the term "Minimum Volume" means 500 units in each year of the original term of this Agreement and in any one year renewal term.',
    );
    expect(termOf(text).initialTerm).toBeNull();
  });
});

describe('a term clause whose subject is "The Term"', () => {
  it('"The Term commences on the Effective Date (1 July 2025) and continues for two (2) years" ends on 30 June 2027', () => {
    const term = termOf(
      'This Services Agreement is made as of 12 May 2025.\n\n2. Term. The Term commences on the Effective Date (1 July 2025) and continues for two (2) years, and thereafter renews for successive six (6) month periods.',
    );
    expect(term).toMatchObject({ effectiveDate: '2025-07-01', expirationDate: '2027-06-30' });
  });
});
