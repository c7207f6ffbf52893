import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../lib/contract/periods.ts';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';
import { definedPeriods } from '../../../lib/contract/structure/defined-periods.ts';

const defined = (text: string) => definedPeriods(text, findPeriods(text)).map((d) => [d.name, d.period.amount, d.period.unit]);

describe('definedPeriods', () => {
  it('reads "X" means a period', () => {
    expect(defined('"Notice Period" means ninety (90) days.')).toEqual([['Notice Period', 90, 'day']]);
  });

  it('reads a period named after it in brackets', () => {
    expect(defined('Either party may terminate on sixty (60) days\' prior written notice (the "Notice Period").')).toEqual([
      ['Notice Period', 60, 'day'],
    ]);
  });

  it('ignores a quoted name that defines no period', () => {
    expect(defined('"Notice Period" has a meaning agreed by the parties from time to time.')).toEqual([]);
  });
});

describe('a right that names a defined notice period', () => {
  it('has the period of the definition', () => {
    const text =
      '1.1 "Notice Period" means ninety (90) days.\n\n2. This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal before the start of the Notice Period preceding the end of the then-current term.';
    const [right] = findProvisions(text, bareContext()).filter((p) => p.type === 'non-renewal');
    expect([right?.notice?.amount, right?.notice?.unit, right?.flags]).toEqual([90, 'day', []]);
  });

  it('a "Renewal Term" is not a notice period', () => {
    const text =
      '"Renewal Term" means one (1) year.\n\nThe Distributor may elect not to renew this Agreement for a further Renewal Term by written notice to the Company.';
    const [right] = findProvisions(text, bareContext()).filter((p) => p.type === 'non-renewal');
    expect(right?.notice ?? null).toBeNull();
  });
});
