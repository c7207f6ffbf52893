import { describe, expect, it } from 'vitest';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';

const rightsIn = (text: string) =>
  findProvisions(text, bareContext()).filter((p) => p.type !== 'notice-delivery' && p.type !== 'governing-law');

describe('clause roles with the committed weights', () => {
  it.each([
    [
      'Either party may terminate this Agreement for any reason upon thirty (30) days prior written notice to the other party.',
      'termination-for-convenience',
      30,
    ],
    [
      'Licensee may cancel this Agreement at any time, without cause, by giving Licensor not less than ninety (90) days written notice.',
      'termination-for-convenience',
      90,
    ],
    [
      'This Agreement shall renew automatically for successive one (1) year periods unless either party notifies the other in writing of its intention not to renew at least sixty (60) days before the end of the then current term.',
      'non-renewal',
      60,
    ],
    [
      'Either party may terminate this Agreement by written notice if the other party materially breaches this Agreement and fails to cure such breach within thirty (30) days after receiving notice of it.',
      'termination-for-cause',
      30,
    ],
    [
      'The Company may terminate this Agreement immediately upon written notice if the Distributor becomes insolvent or makes an assignment for the benefit of its creditors.',
      'immediate-termination',
      null,
    ],
  ])('%s', (clause, role, days) => {
    const rights = rightsIn(clause);
    expect(rights.map((p) => p.type)).toEqual([role]);
    const [right] = rights;
    const period = role === 'termination-for-cause' ? right?.cure : right?.notice;
    if (days !== null) expect(period?.amount).toBe(days);
    // A reviewer sees the features that decided the role, each with a positive weight.
    expect(right?.why?.length ?? 0).toBeGreaterThan(0);
    for (const c of right?.why ?? []) expect(c.weight).toBeGreaterThan(0);
  });

  it('a notice about cancelling an insurance policy is not notice to end the agreement', () => {
    const clause =
      'Supplier shall give Customer at least thirty (30) days prior written notice of any cancellation or non-renewal of the insurance policies required under this Section.';
    expect(rightsIn(clause).filter((p) => p.type === 'non-renewal')).toEqual([]);
  });

  it('a right to terminate a statement of work says what it ends', () => {
    const clause =
      'Customer may terminate this Agreement or any Statement of Work for convenience upon fifteen (15) days written notice to Supplier.';
    const [right] = rightsIn(clause);
    expect(right?.object).toBe('order');
  });
});
