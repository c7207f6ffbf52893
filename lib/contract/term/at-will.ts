/**
 * An agreement with no fixed term whose end is defined by notice: "This Agreement shall terminate,
 * subject to ..., upon either party giving at least one hundred twenty (120) days advance written
 * notice to the other". Such an agreement runs until a party ends it (evergreen). A right that a
 * party "may terminate" on notice is not this: it sits beside a fixed term as often as not.
 */
import { sentenceAround, type Span } from '../structure/sentence.ts';

const AT_WILL =
  /\b(?:this\s+agreement|the\s+term(?:\s+of\s+this\s+agreement)?)\s+(?:shall|will)\s+(?:terminate|end|expire|continue\s+until\s+terminated)\b[^.]{0,160}?\b(?:upon|on|by|after)\s+(?:either|any|one)\s+party\s+(?:giving|providing|serving|delivering)\b/i;

/**
 * The sentence that ends the agreement on a party's notice, or null.
 * @example terminatesOnNotice('This Agreement shall terminate upon either party giving at least 120 days advance written notice to the other.')?.start // 0
 */
export function terminatesOnNotice(text: string): Span | null {
  const m = AT_WILL.exec(text);
  return m === null ? null : sentenceAround(text, m.index);
}
