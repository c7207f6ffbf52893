import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPages, pageAt } from '../../lib/text/page-map.ts';

describe('pageAt', () => {
  it.each([
    [0, 1],
    [1199, 1],
    [1200, 2],
    [2499, 2],
    [2500, 3],
    [999_999, 3],
    [-5, 1],
  ])('offset %i is on page %i of [0, 1200, 2500]', (offset, page) => {
    expect(pageAt([0, 1200, 2500], offset)).toBe(page);
  });

  it('gives the later page when an empty page shares its start with the next', () => {
    expect(pageAt([0, 10, 10, 20], 10)).toBe(3);
  });

  it('agrees with joinPages for every offset of every page', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 8 }), (pages) => {
        const { text, pageStarts } = joinPages(pages, () => '\n\n');
        pages.forEach((page, index) => {
          const start = pageStarts[index]!;
          expect(text.slice(start, start + page.length)).toBe(page);
          expect(pageAt(pageStarts, start)).toBe(index + 1);
          expect(pageAt(pageStarts, start + page.length - 1)).toBe(index + 1);
        });
      }),
    );
  });

  it('asks the separator about the last non-empty page and the next one, skipping empty pages', () => {
    const seen: Array<[string, string]> = [];
    const { text, pageStarts } = joinPages(['ends mid-', '', 'sentence', ''], (before, after) => {
      seen.push([before, after]);
      return '\n';
    });
    expect(seen).toEqual([['ends mid-', 'sentence']]);
    expect(text).toBe('ends mid-\nsentence');
    expect(pageStarts).toEqual([0, 9, 10, 18]);
  });
});
