/**
 * The wording that says how an agreement renews, as rules applied to one sentence at a time.
 *
 * Each kind has cues; a cue only counts when the sentence speaks of the agreement's own term: a
 * "perpetual licence", a confidentiality duty that "continues in perpetuity following termination"
 * or securities held "for an indefinite period of time" are not an evergreen agreement.
 */
import type { RenewalType } from '../../domain/types.ts';

/** Words that find the sentences worth reading (one linear pass over the text). */
export const RENEWAL_SENTENCE_CUE =
  /\b(?:renew|extend|extension|extendable|perpetu|indefinite|unlimited\s+period|until\s+terminated|when\s+terminated|month[\s-]to[\s-]month|year[\s-]to[\s-]year|successor\s+franchise|annual\s+basis|continue\s+thereafter)/gi;

const AUTOMATIC = [
  /\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew|extend)/i,
  /\b(?:renew\w*|extend\w*)\s+automatically/i,
  /\bautomatic\s+(?:annual\s+|yearly\s+)?(?:renewal|extension)s?\b/i,
  /\b(?:renew\w*|extend\w*|continue\w*)\s+(?:thereafter\s+)?(?:for|from)\s+(?:\S+\s+){0,2}(?:successive|additional|subsequent|consecutive|further)\b[^.]{0,160}\bunless\b/i,
  /\b(?:renew\w*|extended|continue\w*)\s+(?:thereafter\s+)?(?:for|from)\s+(?:successive|consecutive|subsequent)\b/i,
  /\byear[\s-]to[\s-]year\b/i,
  /\bextendable\s+for\s+(?:a\s+)?further\b[^.]{0,80}\bunless\b/i,
  /\b(?:renew\w*|extend\w*)\b[^.]{0,160}\bunless\s+(?:(?:either|one|a|the)\s+party|\w+\s+(?:gives|provides|notifies|serves|delivers)|(?:written\s+)?notice\s+of\s+non-?\s?renewal|notice\s+(?:of|to)\s+terminat)/i,
  /\bcontinuation\b[^.]{0,60}\bon\s+an\s+annual\s+basis\b/i,
];

// "renewal for an indefinite period" has no renewal date to give notice before: evergreen, even
// though the word "automatic" is there.
const EVERGREEN = [
  /\b(?:continue|continues|remain|remains)\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+)?(?:indefinitely|in\s+perpetuity|perpetually)\b/i,
  /\b(?:for|of)\s+an?\s+(?:unlimited|indefinite)\s+(?:period|term|duration)\b/i,
  /\b(?:continue|continues|remain|remains)\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+)?(?:thereafter\s+)?until\s+terminated\b/i,
  /\bthereafter\s+until\s+terminated\b/i,
  /\b(?:effective|continue|continues|remain|remains)\s+(?:on\s+a\s+)?month[\s-]to[\s-]month\b(?![^.]{0,60}requisite\s+notice)/i,
  /\bwill\s+end\s+when\s+terminated\b/i,
];

const OPTION = [
  /\boption\s+to\s+(?:renew|extend)/i,
  /\bat\s+(?:its|their|\w+'s)\s+(?:sole\s+)?(?:option|election|discretion)\b[^.]{0,60}\b(?:renew|extend)/i,
  /\b(?:renew|extend)\w*\b[^.]{0,60}\bat\s+(?:its|the|\w+'s)\s+(?:sole\s+)?option/i,
  /\bmay\s+(?:elect\s+to\s+)?(?:renew|extend)\s+(?:this|the)\s+(?:agreement|term)/i,
  /\bmay,\s+by\s+(?:written\s+)?notice\b[^.]{0,120}\b(?:renew|extend)\s+the\s+term/i,
  /\bmay\s+be\s+(?:renewed|extended)\b[^.]{0,120}\bby\s+(?:written\s+)?notice\s+(?:given\s+)?(?:by|from)\b/i,
  /\bright\s+to\s+(?:renew|extend|obtain\s+a\s+successor\s+franchise)/i,
];

const MUTUAL = [
  /\b(?:renew\w*|extend\w*|extension)\b[^.]{0,80}\b(?:mutual(?:ly)?\s+(?:written\s+)?(?:agreement|agreed|consent|amendment)|(?:written\s+)?agreement\s+of\s+(?:both|the)\s+parties|by\s+(?:written\s+)?agreement|upon\s+mutual)/i,
  /\bmutual(?:ly)?\s+(?:agree|agreed)\b[^.]{0,60}\b(?:renew|extend)/i,
];

// A sentence about something other than the agreement's own duration.
const OTHER_SUBJECT =
  /\b(?:licen[cs]e[sd]?|right\s+to\s+use|securities|shares|confidential|obligations?\s+(?:of|under)\s+(?:this\s+)?(?:section|article)|surviv\w*|following\s+(?:the\s+)?(?:expiration|termination)|after\s+(?:the\s+)?(?:expiration|termination)|warrant\w*|indemnif\w*|waiver|trademark|letter\s+of\s+credit|insurance|polic(?:y|ies)|guarant\w*|lease|credit)\b/i;
const REQUIRED_BY_LAW = /^[^.;]{0,60}\b(?:required|mandated|imposed)\s+by\s+(?:applicable\s+)?(?:law|statute|regulation)/i;
const ABOUT_TERM = /\b(?:agreement|contract|term|franchise|addendum)\b/i;

export const RULE_SETS: ReadonlyArray<[RenewalType, readonly RegExp[]]> = [
  ['evergreen', EVERGREEN],
  ['automatic', AUTOMATIC],
  ['option', OPTION],
  ['mutual', MUTUAL],
];

export interface RenewalCue {
  kind: RenewalType;
  /** Offsets of the cue inside the sentence. */
  start: number;
  end: number;
}

/** The first cue of `rules` in the sentence, or null. */
function firstCue(rules: readonly RegExp[], sentence: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const rule of rules) {
    const m = rule.exec(sentence);
    if (m !== null && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * The renewal cues one sentence states, one per kind, in the order evergreen, automatic, option, mutual.
 * @example renewalCuesOf('This Agreement shall automatically renew for successive one year terms.')[0].kind // 'automatic'
 */
export function renewalCuesOf(sentence: string): RenewalCue[] {
  const cues: RenewalCue[] = [];
  for (const [kind, rules] of RULE_SETS) {
    const m = firstCue(rules, sentence);
    if (m === null) continue;
    const end = m.index + m[0].length;
    // The agreement (or its term) must be what renews: "(as may be extended by mutual written
    // agreement)" about a time limit for a dispute names the agreement only inside the cue itself.
    if (!ABOUT_TERM.test(sentence.slice(0, m.index)) && !ABOUT_TERM.test(sentence.slice(end))) continue;
    // "subject to any automatic renewal ... as required by law": a statute's extension, not the contract's.
    if (REQUIRED_BY_LAW.test(sentence.slice(end, end + 80))) continue;
    // "a perpetual licence", "survive ... in perpetuity": the subject near the cue is not the term.
    if (kind === 'evergreen' && OTHER_SUBJECT.test(sentence.slice(Math.max(0, m.index - 60), end + 40))) continue;
    cues.push({ kind, start: m.index, end });
  }
  return cues;
}
