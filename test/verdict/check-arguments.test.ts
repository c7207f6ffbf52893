import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argumentMistake } from '../../lib/cli/commands/check.ts';
import { documentKind } from '../../lib/contract/document-kind.ts';

const example = (path: string): string => readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8');

describe('check: files in the wrong order or of the wrong kind are a usage mistake', () => {
  const agreement = documentKind(example('ground-mismatch/agreement.txt'));
  const letter = documentKind(example('ground-mismatch/letter.txt'));

  it('letter first, agreement second: says the arguments look swapped', () => {
    expect(argumentMistake(letter, agreement)).toMatch(/look swapped/);
  });

  it('two letters: says the first file is a letter, not an agreement', () => {
    expect(argumentMistake(letter, letter)).toMatch(/first file reads as a notice letter/);
  });

  it('two agreements: says the second file is an agreement', () => {
    expect(argumentMistake(agreement, agreement)).toMatch(/second file reads as an agreement/);
  });

  it('agreement then letter, or a file of unknown kind: no mistake', () => {
    expect(argumentMistake(agreement, letter)).toBeNull();
    expect(argumentMistake('unknown', letter)).toBeNull();
  });
});
