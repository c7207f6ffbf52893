/**
 * "For any reason" makes a right one of convenience only when it qualifies the right: inside the
 * condition the right depends on ("if the Supplier ends the supply agreement for any reason") it
 * describes the event, and the right is one that needs that event.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/contract/analyze.ts';
import { convenienceCueOfRight } from '../../../lib/contract/provisions/convenience-cue.ts';

describe('convenienceCueOfRight', () => {
  it.each([
    'Either party may terminate this Agreement for any reason upon ninety (90) days prior written notice.',
    'The Customer may, at any time and for any reason, terminate this Agreement on thirty (30) days written notice.',
    'If the Customer so elects, it may terminate this Agreement without cause on sixty (60) days written notice.',
    'In the event either party wishes to terminate this Agreement for any reason, it shall give the other party ninety (90) days written notice.',
    'If the Licensee terminates for convenience, the Licensee shall give the Licensor one hundred twenty (120) days written notice.',
    'If either party terminates this Agreement without cause, it shall give the other party ninety (90) days written notice.',
  ])('reads the cue as the right’s own: %s', (text) => {
    expect(convenienceCueOfRight(text)).toBe(true);
  });

  it.each([
    'If at any time the Carrier terminates the Master Capacity Agreement of June 3, 2019, for any reason, the Shipper may terminate this Agreement effective sixty (60) days after that termination.',
    'This Agreement may be terminated by either party upon written notice should the Executive’s employment with the Company end for any reason.',
    'If the Athlete fails, refuses or is unable for any reason to cure the default within ten (10) days, then the Sponsor may terminate this Agreement by written notice.',
    'The Sponsor may terminate a Study Order upon written notice if: (iii) the Study is cancelled, suspended or placed on hold for any reason.',
  ])('reads the cue as part of the condition: %s', (text) => {
    expect(convenienceCueOfRight(text)).toBe(false);
  });
});

const agreement = (body: string) =>
  analyzeText(
    `TRANSPORTATION AGREEMENT\n\nThis Agreement is made on 5 January 2026 between Harlow Pipeline LLC ("Carrier") and Benton Gas Marketing Inc. ("Shipper").\n\n${body}\n\n20. This Agreement is governed by the laws of the State of Texas.`,
  );

describe('a right that depends on another agreement ending for any reason', () => {
  it('is not a right of convenience', () => {
    const body =
      '4.2 Notwithstanding the foregoing, if at any time the Carrier terminates the Master Capacity Agreement of June 3, 2019, between the Carrier and the Shipper for any reason, the Shipper shall have the right to terminate this Agreement upon sixty (60) days written notice to the Carrier.';
    const types = agreement(body).provisions.map((p) => p.type);
    expect(types).not.toContain('termination-for-convenience');
  });

  it('while the same right without the condition is one', () => {
    const body =
      '4.2 The Shipper shall have the right to terminate this Agreement for any reason upon sixty (60) days written notice to the Carrier.';
    const convenience = agreement(body).provisions.filter((p) => p.type === 'termination-for-convenience');
    expect(convenience.map((p) => p.notice?.amount)).toEqual([60]);
  });
});

describe('a lead-in that opens a condition with "if any of the following"', () => {
  it('makes its limbs grounds, not rights of convenience', () => {
    const body =
      '7. Either party shall have the right to terminate this Agreement upon forty-five (45) days prior written notice if any of the following shall occur:\n\n(a) damage to or destruction of the Stadium such that it is closed for more than thirty (30) days; or\n\n(b) the relocation of the Team outside the metropolitan area.';
    const types = agreement(body).provisions.map((p) => p.type);
    expect(types).not.toContain('termination-for-convenience');
  });
});
