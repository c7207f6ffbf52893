import { describe, expect, it } from 'vitest';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';

const rightsIn = (text: string) => findProvisions(text, bareContext()).filter((p) => p.type !== 'notice-delivery');

describe('a notice period stated in the next sentence ("Such notice ...")', () => {
  it('gives a convenience right its period and quotes both sentences', () => {
    const text =
      'Either party may terminate this Agreement for any reason by giving written notice to the other party. Such notice shall be given not less than sixty (60) days before the date of termination.';
    const [right] = rightsIn(text);
    expect(right?.type).toBe('termination-for-convenience');
    expect(right?.notice?.amount).toBe(60);
    expect(right?.text).toContain('Such notice');
  });

  it('gives a non-renewal its period ("Any such notice must be received ...")', () => {
    const text =
      'The Distributor may elect not to renew this Agreement by written notice to the Company. Any such notice must be received at least ninety (90) days before the expiration of the then current term.';
    const rights = rightsIn(text);
    expect(rights.map((p) => [p.type, p.notice?.amount, p.flags.includes('no-period-stated')])).toEqual([['non-renewal', 90, false]]);
  });

  it('does not link a sentence that speaks of some other notice', () => {
    const text =
      'The Distributor may elect not to renew this Agreement by written notice to the Company. Notices of price changes shall be given thirty (30) days in advance.';
    const [right] = rightsIn(text).filter((p) => p.type === 'non-renewal');
    expect(right?.notice).toBeNull();
  });
});
