/**
 * The 1-based page holding an offset, from the page starts of the extracted text (binary search).
 * @example pageLocator([0, 1200, 2500])(1300) // 2
 */
export function pageLocator(pageStarts: readonly number[]): (offset: number) => number | null {
  return (offset: number) => {
    if (pageStarts.length === 0) return null;
    let lo = 0;
    let hi = pageStarts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((pageStarts[mid] as number) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found + 1;
  };
}
