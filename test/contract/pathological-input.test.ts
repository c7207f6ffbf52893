/**
 * Hostile text must not stall the analysers: each string below is built to make a backtracking pattern
 * re-read its input (runs of dotted numbers, blank lines, markers, parentheses, spaces). Before the fixes,
 * 128 KB of "1.1.1…" took half a minute in the section-marker pattern and a few thousand blank lines took
 * over a minute in the letter's sign-off pattern. The time limit is a hang guard, not a speed goal: the
 * bench reports the speed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';

const SIZE = 128 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const HOSTILE: Record<string, string> = {
  'dotted numbers': fill('1.'),
  'numbered markers': fill('1.1 '),
  'deep section numbers': fill(' 1.1.1.1.1.1.1.1.1.1'),
  'parenthesised items': fill('(a)'),
  'nested parentheses': `${'('.repeat(SIZE / 2)}${')'.repeat(SIZE / 2)}`,
  'a run of spaces': `a${' '.repeat(SIZE)}b`,
  'blank lines': fill('\n'),
  'whitespace lines': fill('\t \n'),
  'commas and spaces': fill(', '),
  'sentence ends': fill('. '),
  'slashed dates': fill('01/02/2024 '),
  'address-like text': fill('a@b.'),
  quotes: fill('"'),
  'section headings': fill('Section 1.1.1 (a) ("Term") notice, '),
  salutations: fill('Dear X,\n'),
};
const doc = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });

describe('analysis of hostile text finishes', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name} (${text.length / 1024} KB)`, { timeout: 30_000 }, () => {
      const agreement = analyzeAgreement(doc(text));
      const letter = analyzeLetter(doc(text));
      expect(Array.isArray(agreement.provisions)).toBe(true);
      expect(Array.isArray(letter.problems)).toBe(true);
    });
  }
});
