/**
 * Where words occur, found with plain substring search in the three ways agreements write them
 * ("renew", "Renew", "RENEW"). A case-sensitive literal search is many times faster than a
 * case-insensitive regular expression with alternatives, which is what keeps the analysis of a long
 * agreement within its time budget; the precise patterns then run only on windows around the hits.
 */

// A word given with a capital ("Effective") is searched only as written and in capitals: the
// lower-case form is the slow one (its first letter is everywhere) and callers ask for it explicitly.
const casings = (word: string): string[] => {
  if (word.charAt(0) !== word.charAt(0).toLowerCase()) return [...new Set([word, word.toUpperCase()])];
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return [...new Set([word, capital, word.toUpperCase()])];
};

/**
 * Offsets of every occurrence of any of `words` (lower-case stems), in order, at most `limit`.
 * @example keywordHits('Renew it. RENEWAL. renewed', ['renew']) // [0, 10, 19]
 */
export function keywordHits(text: string, words: readonly string[], limit = Number.POSITIVE_INFINITY): number[] {
  const hits: number[] = [];
  for (const word of words) {
    for (const form of casings(word)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) hits.push(at);
    }
  }
  hits.sort((a, b) => a - b);
  return hits.length > limit ? hits.slice(0, limit) : hits;
}
