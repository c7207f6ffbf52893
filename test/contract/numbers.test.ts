import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isNumberWord, numberToWords, parseNumberWords } from '../../lib/contract/numbers.ts';

describe('parseNumberWords', () => {
  it.each([
    ['thirty', 30],
    ['Ninety', 90],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['one hundred eighty', 180],
    ['one hundred and eighty', 180],
    ['one hundred twenty', 120],
    ['two thousand', 2000],
    ['zero', 0],
    ['fourty-five', 45],
  ])('reads "%s" as %i', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each([['thirty days'], ['thirtieth'], [''], ['hundred'], ['thirty thirty'], ['five twenty'], ['and']])(
    'refuses "%s", which is not a written number',
    (words) => {
      expect(parseNumberWords(words)).toBeNull();
    },
  );
});

describe('numberToWords', () => {
  it.each([
    [0, 'zero'],
    [21, 'twenty-one'],
    [90, 'ninety'],
    [180, 'one hundred eighty'],
    [1001, 'one thousand one'],
  ])('writes %i as "%s"', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('rejects numbers it cannot write', () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
  });

  it('round-trips every number from 0 to 999 through words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => parseNumberWords(numberToWords(n)) === n),
      { numRuns: 1000 },
    );
  });

  it('round-trips larger numbers too', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => parseNumberWords(numberToWords(n)) === n));
  });
});

describe('isNumberWord', () => {
  it('knows the parts of written numbers and nothing else', () => {
    expect(['six', 'hundred', 'ninety', 'twelve'].every(isNumberWord)).toBe(true);
    expect(['days', 'sixth', 'a'].some(isNumberWord)).toBe(false);
  });
});
