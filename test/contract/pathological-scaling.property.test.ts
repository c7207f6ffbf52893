/**
 * Pathological strings (repeated markers, dots, parentheses, numbers, whitespace, quotes, mixed) make both
 * analysers do work roughly in proportion to their length: four times the text may cost at most 12 times
 * the time (linear work gives 4, quadratic 16). Each size is timed as the fastest of three runs, so a busy
 * machine slows both sizes alike; the bench reports the speed itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';

const UNITS = [
  '1.',
  '1.1 ',
  ' 1.1.1.1',
  '(a)',
  '(',
  ')',
  '12345 ',
  ' ',
  '\n',
  '\t \n',
  '"',
  '“',
  '. ',
  ', ',
  'Section 1.1 ',
  'Dear X,\n',
  'a@b.',
  'Mon',
];
const SMALL = 8 * 1024;
const MAX_RATIO = 12;

const doc = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    analyzeAgreement(doc(text));
    analyzeLetter(doc(text));
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The small and large timings of a text, measured again (up to three times) while the ratio looks
 * superlinear: a busy machine's pause lands on one measurement, a quadratic pattern on every one.
 */
function timings(textOf: (size: number) => string, fastEnough: number): { small: number; large: number } {
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    small = Math.min(small, fastest(textOf(SMALL)));
    large = Math.min(large, fastest(textOf(4 * SMALL)));
    if (large <= fastEnough || large / Math.max(small, 0.5) <= MAX_RATIO) break;
  }
  return { small, large };
}

describe('analysis of pathological text scales roughly linearly', () => {
  it('four times the text costs at most twelve times the time', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }), (units) => {
        const unit = units.join('');
        const { small, large } = timings((size) => fill(unit, size), 30);
        // Below a few tens of milliseconds a busy machine's noise dominates (a linear 32 KB case takes a few ms;
        // a quadratic one, which this test is for, takes seconds): such a case is fast at both sizes.
        expect(
          large <= 30 || large / Math.max(small, 0.5) <= MAX_RATIO,
          `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`,
        ).toBe(true);
      }),
      // Every unit alone first (one long run of spaces was quadratic in the letter's sign-off pattern), then mixes.
      { numRuns: 12 + UNITS.length, seed: 12, examples: UNITS.map((unit) => [[unit]]) },
    );
  });
});

// A word a pattern looks for, then one long run of spaces: two space runs side by side in a pattern
// ("\s*,?\s+", "\s+(?:the)?\s*") split the run every possible way after that word.
const LEADS = ['March', 'violation of the', 'PARTIES', 'On Mar 4, 2024', 'Sincerely'];

describe('a keyword followed by a long run of spaces costs time in proportion to the run', () => {
  for (const lead of LEADS)
    for (const space of [' ', '\t'])
      it(`${lead} then ${JSON.stringify(space)}s`, { timeout: 60_000 }, () => {
        const text = (size: number) => `${lead}${space.repeat(size)}x`;
        const { small, large } = timings(text, 5);
        expect(large <= 5 || large / Math.max(small, 0.5) <= MAX_RATIO, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBe(true);
      });
});
