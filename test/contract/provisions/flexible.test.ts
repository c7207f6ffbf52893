import { describe, expect, it } from 'vitest';
import { flexible } from '../../../lib/contract/provisions/flexible.ts';

describe('flexible', () => {
  it('lets a space in a pattern match padded whitespace and line breaks', () => {
    expect(flexible(/right to terminate/i).test('the absolute right        to\nterminate')).toBe(true);
  });

  it('leaves spaces inside character classes and escaped characters alone', () => {
    // biome-ignore lint/complexity/noUselessEscapeInRegex: the escaped space is what this test is about; flexible() must keep it
    const re = flexible(/a[ ,]b\ c/);
    expect(re.source).toBe('a[ ,]b\\ c');
    expect(re.test('a b c')).toBe(true);
  });

  it('keeps the flags', () => {
    expect(flexible(/x y/gi).flags).toBe('gi');
  });
});
