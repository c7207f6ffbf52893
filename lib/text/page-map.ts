/**
 * Maps an offset in extracted text to its 1-based page number, given where each page starts.
 * Offsets before the first page count as page 1; an empty page shares its start with the next page,
 * which then wins (the text at that offset belongs to the later page).
 * @example pageAt([0, 1200, 2500], 1300) // 2
 */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = pageStarts[middle];
    if (start === undefined) throw new Error(`pageAt: no page start at index ${middle}`);
    if (start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found + 1;
}

/**
 * Joins page texts into one text and records where each page starts. `separator` sees the last non-empty
 * page before the join (the text so far ends with it) and the next page: never the whole text so far, whose
 * every read would copy a growing string (quadratic in the page count).
 * @example joinPages(['a', 'b'], () => '\n\n') // { text: 'a\n\nb', pageStarts: [0, 3] }
 */
export function joinPages(
  pages: readonly string[],
  separator: (before: string, after: string) => string,
): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let previous = '';
  for (const page of pages) {
    if (previous.length > 0 && page.length > 0) {
      const between = separator(previous, page);
      parts.push(between);
      length += between.length;
    }
    pageStarts.push(length);
    parts.push(page);
    length += page.length;
    if (page.length > 0) previous = page;
  }
  return { text: parts.join(''), pageStarts };
}
