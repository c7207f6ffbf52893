import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../../lib/contract/provisions/occurrences.ts';

const WORDS_RE = /terminat|cancel|renew|extend|extension|notice|notif|deemed/i;

describe('occurrencesOf', () => {
  it('finds a word wholly inside a span, and not one cut by its end', () => {
    const text = 'Either party may TERMINATE this Agreement.';
    const found = occurrencesOf(text, WORDS_RE);
    expect(found.within(0, text.length)).toBe(true);
    expect(found.within(0, 20)).toBe(false); // 'TERM' only
    expect(found.within(20, text.length)).toBe(false);
  });

  it('sees overlapping words ("extendeemed" holds both extend and deemed)', () => {
    const found = occurrencesOf('extendeemed', WORDS_RE);
    expect(found.within(1, 11)).toBe(true);
    expect(found.within(1, 10)).toBe(false);
  });

  it('answers as a test of the slice would', () => {
    const piece = fc.constantFrom('terminat', 'e', 'extension', ' ', 'Notif', 'ice', 'not', 'deem', 'ed', 'cancel', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(occurrencesOf(text, WORDS_RE).within(from, to)).toBe(WORDS_RE.test(text.slice(from, to)));
      }),
    );
  });
});
