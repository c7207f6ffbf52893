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
    if (pageStarts[middle]! <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found + 1;
}

/**
 * Joins page texts into one text and records where each page starts.
 * @example joinPages(['a', 'b'], () => '\n\n') // { text: 'a\n\nb', pageStarts: [0, 3] }
 */
export function joinPages(
  pages: readonly string[],
  separator: (before: string, after: string) => string,
): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  pages.forEach((page, index) => {
    if (index > 0 && text.length > 0 && page.length > 0) text += separator(text, page);
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts };
}
