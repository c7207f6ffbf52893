/** Who may stop an automatic renewal: the party whose notice the "unless" names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';

const holder = (clause: string) =>
  analyzeText(
    `LICENSE AGREEMENT\n\nThis Agreement is entered into as of July 1, 2024 between Bluefin Systems Corp. ("Licensor") and Garnet Health Partners LLC ("Licensee").\n\n3.2 ${clause}\n\n12. This Agreement shall be governed by the laws of the State of Delaware.`,
  ).provisions.find((p) => p.type === 'non-renewal')?.party;

describe('the holder of a non-renewal right', () => {
  it.each([
    [
      'This Agreement will automatically renew for successive one (1) year terms unless Licensee notifies Licensor in writing at least thirty (30) days before the end of the then-current term that it does not wish to renew.',
      'Garnet Health Partners LLC',
    ],
    [
      'The term shall renew automatically for additional one-year periods unless the Licensor gives the Licensee written notice of non-renewal at least sixty (60) days before the end of the term.',
      'Bluefin Systems Corp.',
    ],
    [
      'This Agreement shall renew automatically for one (1) year terms unless either party provides written notice of non-renewal at least ninety (90) days before the end of the current term.',
      'either',
    ],
  ])('%s', (clause, expected) => {
    expect(holder(clause)).toBe(expected);
  });
});
