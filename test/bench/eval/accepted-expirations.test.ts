import { describe, expect, it } from 'vitest';
import { acceptedExpirations } from '../../../bench/eval/score.ts';

const term = { agreementDate: null, effectiveDate: '2025-10-01', initialTerm: null, renewal: null };

describe('acceptedExpirations', () => {
  it('accepts the anniversary the CUAD labels use when the date was counted from a length', () => {
    expect(acceptedExpirations({ ...term, expirationDate: '2026-09-30', expirationBasis: 'length' })).toEqual(['2026-09-30', '2026-10-01']);
  });

  it('accepts only the written date when the agreement states it', () => {
    expect(acceptedExpirations({ ...term, expirationDate: '2026-09-30', expirationBasis: 'stated' })).toEqual(['2026-09-30']);
  });

  it('accepts the alternative readings', () => {
    const alternatives = [{ date: '2027-10-01', reason: 'r' }];
    expect(
      acceptedExpirations({ ...term, expirationDate: '2027-09-30', expirationAlternatives: alternatives, expirationBasis: 'named-day' }),
    ).toEqual(['2027-09-30', '2027-10-01']);
  });
});
