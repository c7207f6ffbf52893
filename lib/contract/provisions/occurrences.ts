/**
 * Where some words occur in the whole text, found in one pass. Whether a clause contains one of them
 * is then a binary search, not a fresh scan of the clause: with thousands of clauses, and list items
 * that share a lead-in, rescanning each one costs more than the single pass.
 */

export interface Occurrences {
  /** True when an occurrence lies wholly inside [from, to): what `re.test(text.slice(from, to))` says. */
  within(from: number, to: number): boolean;
}

/**
 * Every occurrence of `re` in `text`, overlapping ones included. `re` must be a plain alternation of
 * words (no anchors, \b or look-around, so that a match inside a slice is a match in the whole text)
 * in which a word listed before another is never a longer form of it ("extend|extension").
 * @example occurrencesOf('Either party may terminate.', /terminat|cancel/i).within(0, 27) // true
 */
export function occurrencesOf(text: string, re: RegExp): Occurrences {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    // Next search from the following character: an occurrence may start inside this one.
    global.lastIndex = m.index + 1;
  }
  return {
    within(from: number, to: number): boolean {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < starts.length && (starts[i] as number) < to; i++) if ((ends[i] as number) <= to) return true;
      return false;
    },
  };
}
