/**
 * Line-end hyphens: "interest-\nbearing" is a compound and keeps its hyphen, "termi-\nnation" is a word split
 * by the typesetter and loses it. The document itself is the first witness (the same pair written elsewhere
 * with a hyphen mid-line, or as one word); then the second part: compounds end in words such as "bearing",
 * "based", "party". Cases neither settles are left to normalisation's list of compound first parts.
 */

const COMPOUND_TAILS = new Set([
  'bearing',
  'based',
  'related',
  'owned',
  'free',
  'wide',
  'specific',
  'looking',
  'making',
  'level',
  'scale',
  'party',
  'parties',
  'hoc',
  'facto',
  'sided',
  'effective',
  'current',
  'dated',
  'signed',
  'approved',
  'controlled',
  'paid',
  'exempt',
  'sensitive',
  'oriented',
  'driven',
]);

const LINE_END_HYPHEN = /([A-Za-z]*[a-z])-\n([a-z]+)/g;

/**
 * Resolves line-end hyphens across the pages of one document.
 * @example resolveLineEndHyphens(['an interest-\nbearing account', 'the termi-\nnation date']) // ['an interest-bearing account', 'the termination date']
 */
export function resolveLineEndHyphens(pages: readonly string[]): string[] {
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  for (const page of pages) {
    for (const m of page.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)+/g)) hyphenated.add(m[0].toLowerCase());
    for (const m of page.matchAll(/[A-Za-z]+/g)) words.add(m[0].toLowerCase());
  }
  return pages.map((page) =>
    page.replace(LINE_END_HYPHEN, (whole, head: string, tail: string) => {
      const pair = `${head}-${tail}`.toLowerCase();
      if (hyphenated.has(pair)) return `${head}-${tail}`;
      if (words.has(`${head}${tail}`.toLowerCase())) return `${head}${tail}`;
      if (COMPOUND_TAILS.has(tail.toLowerCase())) return `${head}-${tail}`;
      return whole;
    }),
  );
}
