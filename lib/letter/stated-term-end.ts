import type { Sentence } from './sentences.ts';
import { findDates } from './written-dates.ts';

/** A sentence about the term's end: "the current term expires on June 30, 2027", "at the end of the Initial Term (30 June 2027)",
 * "at the end of the Initial Period on 31 March 2027" (English contracts often say "period" for the term). */
const TERM =
  /\b(?:initial|current|then[- ]current|renewal|extended|minimum|subscription|service)\s+(?:term|period)\b|\bterm\s+of\s+the\s+agreement\b|\bthe\s+term\b/i;
const ENDS = /\bexpir\w*|\bends?\b|\bending\b|\bconclud\w*|\bend\s+of\b|\bthrough\b|\buntil\b/i;

/**
 * The end date of the term the letter states, if any (YYYY-MM-DD). Read so the verdict can check it against
 * the agreement's own term end and report a difference.
 * @example readStatedTermEnd(splitSentences('The Initial Term expires on June 30, 2027.')) // '2027-06-30'
 */
export function readStatedTermEnd(sentences: readonly Sentence[]): string | null {
  for (const sentence of sentences) {
    if (!TERM.test(sentence.text) || !ENDS.test(sentence.text)) continue;
    const hit = findDates(sentence.text).find((h) => h.date !== null);
    if (hit?.date) return hit.date;
  }
  return null;
}
