import { describe, expect, it } from 'vitest';
import { addTerm, endOfCalendarYear } from '../../../lib/contract/term/expiration.ts';

describe('addTerm', () => {
  it('ends a term of years on the anniversary', () => {
    expect(addTerm('2014-02-10', { amount: 5, unit: 'year', qualifier: null })).toBe('2019-02-10');
  });
  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(addTerm('2019-01-31', { amount: 1, unit: 'month', qualifier: null })).toBe('2019-02-28');
  });
  it('keeps a leap day to 28 February in a common year', () => {
    expect(addTerm('2020-02-29', { amount: 1, unit: 'year', qualifier: null })).toBe('2021-02-28');
  });
  it('gives null for a redacted length and for business days', () => {
    expect(addTerm('2020-01-01', { amount: null, unit: 'year', qualifier: null })).toBeNull();
    expect(addTerm('2020-01-01', { amount: 10, unit: 'business-day', qualifier: null })).toBeNull();
  });
  it('ends the current calendar year on 31 December', () => {
    expect(endOfCalendarYear('2014-05-08')).toBe('2014-12-31');
  });
});
