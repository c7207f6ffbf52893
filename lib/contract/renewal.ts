/**
 * How the agreement renews:
 * - evergreen: no fixed end, runs until terminated ("continue indefinitely", "in perpetuity",
 *   "automatic renewal for an indefinite period", "thereafter until terminated by either party");
 * - automatic: renews unless notice is given ("automatically renewed for successive one (1) year
 *   periods", "shall renew from year to year");
 * - option: one party may extend ("at its option", "option to renew/extend");
 * - mutual: only by agreement ("may be renewed by mutual written agreement");
 * - none: no renewal language.
 * Evergreen wording wins over automatic wording in the same clause: "an automatic renewal for an
 * indefinite period" has no renewal date to give notice before.
 */
import type { Period, Renewal, RenewalType } from '../domain/types.ts';
import { findPeriods } from './periods.ts';
import { sentenceAround, type Span } from './structure/sentence.ts';

export interface RenewalClause extends Span {
  renewal: Renewal;
}

const RULES: ReadonlyArray<[RenewalType, RegExp]> = [
  ['evergreen', /\b(?:indefinite(?:ly)?\s*(?:period|term)?|in\s+perpetuity|perpetual(?:ly)?|unlimited\s+period|(?:continue|remain)\s+in\s+(?:full\s+)?(?:force\s+and\s+)?effect\s+(?:thereafter\s+)?until\s+terminated|thereafter\s+until\s+terminated|month[\s-]to[\s-]month)\b/gi],
  ['automatic', /\b(?:automatic(?:ally)?\s+(?:be\s+)?(?:renew\w*|extend\w*)|renew(?:ed|s)?\s+automatically|automatic\s+(?:annual\s+)?renewals?|(?:renew\w*|extended|continue)\s+(?:for|from)\s+(?:successive|additional|subsequent|consecutive|further)\b|year[\s-]to[\s-]year|(?:successive|additional)\s+(?:\S+\s+){0,3}(?:renewal\s+)?(?:terms?|periods?)\s+unless|unless\s+(?:either|one)\s+party\s+(?:gives|provides|notifies|serves)[^.]{0,80}(?:not\s+to\s+renew|non-?renewal|terminat))/gi],
  ['option', /\b(?:option\s+to\s+(?:renew|extend)|at\s+(?:its|their)\s+(?:sole\s+)?option[^.]{0,60}(?:renew|extend)|(?:renew|extend)\w*[^.]{0,60}at\s+(?:its|the)\s+(?:sole\s+)?option|may\s+(?:elect\s+to\s+)?(?:renew|extend)\s+(?:this|the)\s+(?:agreement|term)\s+(?:for|by))/gi],
  ['mutual', /\b(?:(?:renew\w*|extend\w*)[^.]{0,60}(?:mutual(?:ly)?\s+(?:written\s+)?(?:agreement|agreed|consent)|(?:written\s+)?agreement\s+of\s+(?:both|the)\s+parties|by\s+agreement)|mutual(?:ly)?\s+(?:agree|agreed)[^.]{0,40}(?:renew|extend))/gi],
];
const MAX_HITS = 50;

function firstHit(text: string, rule: RegExp): number | null {
  rule.lastIndex = 0;
  const m = rule.exec(text);
  return m ? m.index : null;
}

/** The renewal term written in the clause: the first month/year period that is not a notice period. */
function renewalTerm(text: string, span: Span): Period | null {
  const clause = text.slice(span.start, span.end);
  for (const period of findPeriods(clause, span.start)) {
    if (period.unit !== 'year' && period.unit !== 'month') continue;
    const after = text.slice(period.end ?? 0, (period.end ?? 0) + 30);
    if (/^[\s'’s]*(?:(?:prior\s+)?(?:written\s+)?notice|prior|in\s+advance|before)/i.test(after)) continue;
    return period;
  }
  if (/\b(?:year[\s-]to[\s-]year|annual(?:ly)?)\b/i.test(clause)) return { amount: 1, unit: 'year', qualifier: null };
  if (/\bmonth[\s-]to[\s-]month\b/i.test(clause)) return { amount: 1, unit: 'month', qualifier: null };
  return null;
}

/**
 * The renewal clause and its kind; `{ type: 'none' }` with no clause when nothing renews.
 * @example findRenewal('shall be automatically renewed for successive one (1) year periods').renewal.type // 'automatic'
 */
export function findRenewal(text: string): { clause: RenewalClause | null; renewal: Renewal } {
  let hits = 0;
  for (const [type, rule] of RULES) {
    const at = firstHit(text, rule);
    hits += 1;
    if (at === null || hits > MAX_HITS) continue;
    const span = sentenceAround(text, at);
    const renewal: Renewal = { type, term: type === 'evergreen' ? null : renewalTerm(text, span) };
    return { clause: { ...span, renewal }, renewal };
  }
  return { clause: null, renewal: { type: 'none', term: null } };
}
