/**
 * Whether a text is an agreement, a letter (a notice), or neither. Agreements recite parties and
 * consideration and are signed by both sides; letters open with a salutation and close with one.
 */
import type { DocumentKind } from '../domain/types.ts';

// Cheapest first (literal starts): counting stops once the answer cannot change.
const AGREEMENT_SIGNS = [
  /\bWHEREAS\b/,
  /\bIN\s+WITNESS\s+WHEREOF\b/i,
  /\bby\s+and\s+between\b/i,
  /\bnow,?\s+therefore\b/i,
  /\bterms\s+and\s+conditions\b/i,
  /\b(?:hereby|parties)\s+(?:\w+\s+){0,3}agree\b/i,
  /\b(?:this|the)\s+(?:\w+\s+){0,4}(?:agreement|contract)\s+(?:is\s+)?(?:made|entered\s+into|dated)\b/i,
  // The preamble defines the document itself: 'This Subscription Agreement (the "Agreement") is made as of'.
  /\(\s*(?:the|this)\s+["“](?:Agreement|Contract)["”]\s*\)/i,
  /\b(?:is|are)\s+(?:made|entered\s+into)\s+(?:as\s+of|on|this|effective)\b/i,
  /\bagree\s+as\s+follows\b/i,
];
// A title line such as "SOFTWARE SUBSCRIPTION AGREEMENT" at the very top (a letter's "Re:" line is not a title).
const TITLE = /^(?:[^\n]*\n){0,3}[ \t]*[A-Z][A-Z0-9 &,.'-]{0,120}\b(?:AGREEMENT|CONTRACT)\s*\n/;
const ENOUGH = 3;

function agreementSigns(head: string): number {
  let count = TITLE.test(head.slice(0, 600)) ? 1 : 0;
  for (const sign of AGREEMENT_SIGNS) {
    if (sign.test(head)) count += 1;
    if (count >= ENOUGH) break;
  }
  return count;
}
const LETTER_SIGNS = [
  /^(?:[^\n]*\n){0,25}[ \t]*Dear\s+[A-Z]/,
  /\b(?:Sincerely|Yours\s+(?:faithfully|truly|sincerely)|Very\s+truly\s+yours|Kind\s+regards|Best\s+regards),?\s*\n/i,
  /^(?:[^\n]*\n){0,25}[ \t]*(?:Re|RE|Subject):/,
];

/**
 * @example documentKind('Dear Ms. Lee,\n\nWe hereby give notice ...\n\nSincerely,\nAcme') // 'letter'
 */
export function documentKind(text: string): DocumentKind {
  // Leading blank lines trimmed here, not matched by `^\s*` in the patterns: `\s*` before a group of lines
  // gives the engine a choice for every newline, and a run of blank lines backtracks without end.
  const head = text.slice(0, 20_000).trimStart();
  const agreement = agreementSigns(head);
  const letter = LETTER_SIGNS.filter((re) => re.test(head)).length;
  // A short text with a salutation is a letter even when it quotes agreement language.
  if (letter >= 2 && (agreement < 3 || text.length < 15_000)) return 'letter';
  if (agreement >= 2) return 'agreement';
  if (letter >= 1) return 'letter';
  if (agreement === 1 && /\bagreement\b/i.test(head)) return 'agreement';
  return 'unknown';
}
