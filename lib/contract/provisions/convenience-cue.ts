/**
 * Whether a convenience cue ("for any reason", "without cause") qualifies the right itself or only
 * one of its conditions. "Either party may terminate for any reason" is a right of convenience;
 * "if Tennessee terminates the rate agreement for any reason, Shipper may terminate", "should
 * Turpin's employment terminate for any reason" and "if the Endorser is unable for any reason to cure
 * the default" are rights that depend on an event — the cue describes the event, not the right.
 */
import { CONVENIENCE_RE, TERMINATION_RIGHT_RE } from './cues.ts';
import { flexible } from './flexible.ts';

const CUE_RE = new RegExp(CONVENIENCE_RE.source, 'gi');
// The words that open a condition ("upon the occurrence of", "in the event that", "should X happen").
const OPENER_RE = flexible(/\b(?:if|in the event|should|where|upon the occurrence|in case|whenever)\b/gi);
// How far back from the cue a condition's opener may stand (a condition is a clause, not a page).
const REACH = 240;
// Between the opener and the cue, any of these ends the condition and starts the right (or makes the
// cue the right's own): "If Customer so elects, it may terminate for any reason", "in the event either
// party wishes to terminate for any reason", "; then", a list's next limb.
const CONDITION_ENDS_RE = flexible(
  /\bthen\b|;|\b(?:wish|wishes|wished|desire|desires|desired|elect|elects|elected|decide|decides|decided|choose|chooses|chose|want|wants|intend|intends)\b/i,
);

/**
 * Whether `text` has a convenience cue that belongs to the right rather than to a condition of it.
 * @example convenienceCueOfRight('Either party may terminate this Agreement for any reason on 30 days notice.') // true
 * @example convenienceCueOfRight('If the Supplier terminates the Supply Agreement for any reason, the Buyer may terminate this Agreement.') // false
 */
export function convenienceCueOfRight(text: string): boolean {
  CUE_RE.lastIndex = 0;
  for (let cue = CUE_RE.exec(text); cue !== null; cue = CUE_RE.exec(text)) {
    if (!insideCondition(text, cue.index)) return true;
  }
  return false;
}

function insideCondition(text: string, cueAt: number): boolean {
  const from = Math.max(0, cueAt - REACH);
  const before = text.slice(from, cueAt);
  let openerEnd = -1;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(before); m !== null; m = OPENER_RE.exec(before)) openerEnd = m.index + m[0].length;
  if (openerEnd < 0) return false;
  const between = before.slice(openerEnd);
  if (CONDITION_ENDS_RE.test(between) || TERMINATION_RIGHT_RE.test(between)) return false;
  // "If Licensee terminates for any reason, it shall give ninety days' notice", "if either party
  // terminates this Agreement without cause": the condition is the exercise of the right itself.
  return !exercisesTheRight(between);
}

const TERMINATES_RE = /^(?:terminat\w*|cancel\w*)$/i;
const THIS_RE = /^(?:this|the)$/i;
const AGREEMENT_RE = /^(?:agreement|contract)$/i;
const PARTY_WORD_RE = /^(?:[Pp]arty|[A-Z][\w-]*)$/;
const THIRD_PERSON_END_RE = /^(?:terminates|cancels)$/;

/**
 * Whether the condition's last words are the exercise of the right: "if either party terminates this
 * Agreement", "If Licensee terminates", "if the Customer elects to terminate". "should the Consultant's
 * employment terminate" is not: the employment ends, not the agreement by a party's choice. Read word
 * by word from the end, so the test stays linear however the condition is written.
 */
function exercisesTheRight(condition: string): boolean {
  const words = condition.trim().split(/\s+/);
  const last = (n: number) => words[words.length - n] ?? '';
  if (TERMINATES_RE.test(last(3)) && THIS_RE.test(last(2)) && AGREEMENT_RE.test(last(1))) return true;
  if (THIRD_PERSON_END_RE.test(last(1)) && PARTY_WORD_RE.test(last(2))) return true;
  return last(3) === 'elects' && last(2) === 'to' && TERMINATES_RE.test(last(1));
}
