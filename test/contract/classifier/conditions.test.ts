import { describe, expect, it } from 'vitest';
import { conditionsIn } from '../../../lib/contract/classifier/conditions.ts';

describe('conditionsIn', () => {
  it.each([
    ['Either party may terminate this Agreement if the other party materially breaches any of its obligations.', 'ground'],
    ['Customer may terminate on sixty (60) days notice, provided that no invoices are outstanding at that time.', 'prerequisite'],
    ['Reseller may terminate this Agreement on thirty (30) days notice if it does not agree to a change in the fees.', 'scope'],
    ['If this Agreement is terminated under this Section, Customer shall pay all fees accrued to the date of termination.', 'consequence'],
  ])('%s', (clause, kind) => {
    expect(conditionsIn(clause).map((c) => c.kind)).toContain(kind);
  });

  it('an "unless" before a notice is how a renewal is stopped, not a condition', () => {
    expect(conditionsIn('The term renews each year unless either party gives notice of non-renewal.')).toEqual([]);
  });
});
