/**
 * First parts of hyphenated compounds that contracts write with a hyphen ("non-renewal", "then-current",
 * "third-party"): when a line break splits them at the hyphen, the hyphen stays.
 */
const COMPOUND_HEADS = new Set([
  'non',
  'then',
  'third',
  'self',
  'co',
  'pre',
  'post',
  'anti',
  'multi',
  'cross',
  'well',
  'long',
  'short',
  'full',
  'part',
  'half',
  'year',
  'month',
  'day',
  'end',
  'so',
  'high',
  'low',
  'e',
  'x',
  'in',
  'out',
  'on',
  'off',
  'first',
  'second',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'thirty',
  'sixty',
  'ninety',
  'twenty',
  'forty',
  'fifty',
  'seventy',
  'eighty',
  'hundred',
  'mid',
  'ex',
  'sub',
  'up',
]);

/**
 * Cleans text extracted from a PDF so clause text reads as written: odd spaces become plain spaces, runs of
 * spaces collapse, a word hyphenated across a line break is rejoined ("termi-\nnation" → "termination",
 * but "non-\nrenewal" → "non-renewal"), and at most one blank line separates paragraphs. Line breaks are kept
 * otherwise: a section number at the start of a line is how parsers find sections.
 * @example normalizeExtractedText('termi-\nnation  for\u00a0cause') // 'termination for cause'
 */
export function normalizeExtractedText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ +\n/g, '\n')
    .replace(/\n +/g, '\n')
    .replace(/(^|[^A-Za-z])([A-Za-z]*[a-z])-\n([a-z])/g, (_match, before: string, head: string, next: string) =>
      COMPOUND_HEADS.has(head.toLowerCase()) ? `${before}${head}-${next}` : `${before}${head}${next}`,
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
