import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeExtractedText } from '../../lib/text/normalize.ts';

describe('normalizeExtractedText', () => {
  it.each([
    ['a word hyphenated at a line break is rejoined', 'upon termi-\nnation of', 'upon termination of'],
    ['a compound keeps its hyphen', 'notice of non-\nrenewal at least', 'notice of non-renewal at least'],
    ['"then-current" keeps its hyphen', 'end of the then-\ncurrent term', 'end of the then-current term'],
    ['a hyphen before a capital is a dash, not a split word', 'Provider -\nCustomer', 'Provider -\nCustomer'],
    ['a section number at a line start stays on its own line', 'as follows:\n7.2 Either party', 'as follows:\n7.2 Either party'],
    ['non-breaking and repeated spaces collapse', 'thirty\u00a0(30)   days', 'thirty (30) days'],
    ['three or more line breaks become one blank line', 'a\n\n\n\nb', 'a\n\nb'],
    ['soft hyphens disappear', 'termi\u00adnation', 'termination'],
  ])('%s', (_rule, input, expected) => {
    expect(normalizeExtractedText(input)).toBe(expected);
  });

  it('never throws and never leaves double spaces or trailing line spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => {
        const output = normalizeExtractedText(input);
        expect(output).not.toMatch(/ {2}| \n|\n{3}/);
      }),
    );
  });
});
