import { describe, expect, it } from 'vitest';
import { findRenewal } from '../../lib/contract/renewal.ts';

describe('findRenewal', () => {
  it.each([
    ['shall be automatically renewed for successive one (1) year periods unless otherwise terminated', 'automatic'],
    ['The term of this Agreement shall be two (2) years from the Effective Date with automatic annual renewals thereafter provided either party does not provide sixty (60) days notice of termination prior to the renewal date.', 'automatic'],
    ['The term of this Agreement commences on the Effective Date and continues in perpetuity, unless termination occurs pursuant to Sections 4.2 through 4.4.', 'evergreen'],
    ['This Agreement shall be effective from the date first above written and shall continue indefinitely until terminated by either Party.', 'evergreen'],
    ['This Agreement shall conclude on October 31, 2010, unless renewed by mutual written agreement of the parties.', 'mutual'],
    ['Franchisee shall have the option to renew the franchise for one additional term of five (5) years.', 'option'],
    ['This Agreement shall terminate on December 31, 2020.', 'none'],
  ])('%s → %s', (text, type) => {
    expect(findRenewal(text).renewal.type).toBe(type);
  });

  it('takes the renewal term, not the notice period', () => {
    const { renewal } = findRenewal(
      'Thereafter, this Agreement shall automatically renew for successive one (1) year terms unless either party gives at least ninety (90) days prior written notice of non-renewal.',
    );
    expect(renewal.term).toMatchObject({ amount: 1, unit: 'year' });
  });
});
