import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { reasonsSentence } from '../../lib/verdict/assessment.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const doc = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });
const dir = new URL('../fixtures/letters/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe('explanations read as sentences', () => {
  it('joins review reasons with one full stop at the end, whatever the reasons end with', () => {
    expect(reasonsSentence(['the letter names no day.', 'the clause is unclear'])).toBe('the letter names no day; the clause is unclear.');
    expect(reasonsSentence(['read on that day..'])).toBe('read on that day.');
  });

  const agreement = analyzeAgreement(doc(read('northwind-larkspur-agreement.txt')));
  const letters = readdirSync(dir).filter((name) => name.endsWith('.txt') && !name.includes('agreement'));
  it.each(letters)('%s: no sentence of the explanation ends with two full stops', (name) => {
    const verdict = judgeLetter(agreement, analyzeLetter(doc(read(name))), { defaultZone: 'UTC' });
    expect(verdict.explanation.length).toBeGreaterThan(0);
    for (const line of verdict.explanation) expect(line).not.toMatch(/[^.]\.\.(\s|$)/);
  });
});
