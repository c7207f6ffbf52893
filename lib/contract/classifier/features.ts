/**
 * The named features the clause-role classifier reads. Each candidate (a clause unit and one of its
 * periods, proposed by the pattern-based candidate generator) becomes a list of feature names such
 * as `verb=may-terminate`, `cond=ground`, `anchor=end-of-term`, `heading=insurance`. The names are
 * what a reviewer sees in a provision's `why`, so they say what was read, in words.
 */
import type { Ground, Period, ProvisionType, TerminationObject } from '../../domain/types.ts';
import {
  AT_ANY_TIME_RE,
  AT_TERM_END_RE,
  CONVENIENCE_RE,
  CURE_RE,
  IMMEDIATE_RE,
  NON_RENEWAL_RE,
  OPT_IN_RE,
  POST_INITIAL_RE,
  RENEWAL_RE,
  UNTIL_TERMINATED_RE,
  WEAK_CONVENIENCE_RE,
} from '../provisions/cues.ts';
import { convenienceCueOfRight } from '../provisions/convenience-cue.ts';
import { flexible } from '../provisions/flexible.ts';
import type { Zone } from '../structure/zones.ts';
import { conditionsIn } from './conditions.ts';

export interface CandidateInput {
  /** The unit's words (a list item's lead-in, then the item). */
  clause: string;
  /** Where, in `clause`, the right is stated. */
  verbAt: number;
  /** The pattern-based reading of the candidate, or 'none' when the patterns proposed no role. */
  proposed: ProvisionType | 'none';
  notice: Period | null;
  cure: Period | null;
  grounds: Ground[];
  party: string | null;
  heading: string | null;
  zone: Zone;
  listItem: boolean;
}

const VERBS: ReadonlyArray<[RegExp, string]> = [
  [
    flexible(
      /\b(?:may|can|shall be entitled to|is entitled to|(?:shall )?(?:have|has) the right to|reserves the right to|option to|elect to)\b[^.;]{0,90}?\b(?:terminate|cancel)\b/i,
    ),
    'may-terminate',
  ],
  [flexible(/\bmay\b[^.;]{0,40}?\bbe (?:terminated|cancell?ed)\b/i), 'may-be-terminated'],
  [flexible(/\b(?:is|are|shall be) terminable\b/i), 'terminable'],
  [flexible(/\b(?:shall|will)\s+(?:automatically\s+)?(?:terminate|end|expire)\b/i), 'shall-terminate'],
  [flexible(/\b(?:shall|will) (?:continue|remain)\b[^.;]{0,80}?\buntil\b/i), 'continues-until'],
  [/\bwithdraw\b/i, 'withdraw'],
  [/\bsuspend\b/i, 'suspend'],
  [/\brenew/i, 'renew'],
  [/\bextend|\bextension/i, 'extend'],
  [flexible(/\b(?:must|shall|will) (?:give|provide|deliver|notify)\b/i), 'must-notify'],
];

// A cue is a pattern, or a test that reads more than one pattern can say.
const CUES: ReadonlyArray<[{ test(text: string): boolean }, string]> = [
  // "for any reason" of the right itself; one inside a condition is cue=convenience-inside-condition.
  [{ test: convenienceCueOfRight }, 'cue=for-any-reason'],
  [WEAK_CONVENIENCE_RE, 'cue=sole-discretion'],
  [AT_ANY_TIME_RE, 'cue=at-any-time'],
  [IMMEDIATE_RE, 'cue=immediately'],
  [CURE_RE, 'cue=cure-words'],
  [NON_RENEWAL_RE, 'cue=non-renewal-words'],
  [OPT_IN_RE, 'cue=opt-in-words'],
  [RENEWAL_RE, 'cue=renewal-words'],
  [AT_TERM_END_RE, 'cue=at-term-end'],
  [POST_INITIAL_RE, 'cue=after-initial-term'],
  [UNTIL_TERMINATED_RE, 'cue=until-terminated'],
  [/\bautomatic/i, 'cue=automatic'],
  [/\bunless\b/i, 'cue=unless'],
  [/\binsur|\bcoverage\b|\bcertificate\b|\bpolic(?:y|ies)\b/i, 'cue=policy-words'],
  [/\blicen[cs]e|\bpermit\b/i, 'cue=licence-words'],
  [/\bstatute\b|\bact\b|\bcode\b|\bregulation/i, 'cue=statute-words'],
  [/\bnot? (?:less|fewer|later) than|\bat least\b/i, 'cue=minimum-notice'],
  [/\bforce majeure\b/i, 'cue=force-majeure'],
  [/\btransition\b/i, 'cue=transition'],
  // "if ..., then in such event X may terminate": the right follows a condition.
  [flexible(/\bthen\b[^.;]{0,60}?\b(?:may|shall have the right|is entitled)\b/i), 'cue=then-right'],
  [flexible(/\b(?:any|either|each) of the following\b/i), 'cue=list-of-events'],
  [flexible(/\bwithout (?:any )?(?:penalty|liability|further (?:obligation|liability))\b/i), 'cue=without-penalty'],
  [flexible(/\bin (?:its|their) entirety\b|\bin whole or in part\b|-by-/i), 'cue=scope-of-termination'],
  [flexible(/\b(?:after|following) the (?:first|second|third|\w+) anniversary\b|\bat any time after\b/i), 'cue=after-a-date'],
];

const HEADINGS: ReadonlyArray<[RegExp, string]> = [
  [/insur/i, 'insurance'],
  [/renew|extension/i, 'renewal'],
  [/terminat|cancel|default|breach/i, 'termination'],
  [/\bterm\b|duration/i, 'term'],
  [/suspen/i, 'suspension'],
  [/notice/i, 'notices'],
  [/pay|fee|price|invoice/i, 'payment'],
  [/licen[cs]e|grant/i, 'licence'],
  [/warrant|indemn|liabil/i, 'warranty'],
  [/force majeure/i, 'force-majeure'],
];

const OBJECTS: ReadonlyArray<[RegExp, TerminationObject]> = [
  [/^(?:this|the)\s+(?:\w+\s+){0,2}?(?:agreement|contract)\b(?!\s+(?:or|and\/or|and)\s+(?:any|an|a|the)\s+)/i, 'agreement'],
  [
    /^(?:(?:this|the)\s+(?:agreement|contract)\s+(?:or|and\/or|and)\s+)?(?:any|an?|the|such|each|one or more)?\s*(?:individual\s+)?(?:purchase\s+orders?|orders?(?:\s+forms?)?|statements?\s+of\s+work|sows?|work\s+orders?|schedules?|exhibits?|projects?)\b/i,
    'order',
  ],
  [/^(?:any|an?|the|such|each|one or more)?\s*(?:\w+\s+)?(?:services?|products?|programs?|modules?|subscriptions?)\b/i, 'service'],
  [/^(?:any|an?|the|such|its|each)?\s*(?:\w+\s+)?(?:polic(?:y|ies)|coverage|insurance|certificates?|licen[cs]es?|permits?)\b/i, 'policy'],
];
const OBJECT_VERB_RE = /\b(?:terminat\w*|cancel\w*|withdraw\w*|end)\s+/gi;

/**
 * What a termination right ends: the agreement, an order or statement of work, one service, or a
 * policy or licence. Read from the words after the verb of the right.
 * @example objectOf('Customer may terminate any Statement of Work on 30 days notice', 13) // 'order'
 */
export function objectOf(clause: string, verbAt: number): TerminationObject | null {
  OBJECT_VERB_RE.lastIndex = Math.max(0, verbAt - 2);
  const verb = OBJECT_VERB_RE.exec(clause);
  if (verb === null || verb.index > verbAt + 200) return null;
  const after = clause.slice(verb.index + verb[0].length, verb.index + verb[0].length + 120);
  for (const [re, object] of OBJECTS) if (re.test(after)) return object;
  if (/^withdraw/i.test(verb[0])) return 'service';
  return null;
}

function bucket(heading: string | null): string {
  if (heading === null || heading.trim() === '') return 'none';
  for (const [re, name] of HEADINGS) if (re.test(heading)) return name;
  return 'other';
}

/**
 * The feature names of one candidate, sorted and without repeats.
 * @example candidateFeatures({ clause: 'Either party may terminate this Agreement for any reason upon thirty (30) days notice.', proposed: 'termination-for-convenience', ... })
 * // ['agent=either', 'anchor=none', 'bias', 'cue=for-any-reason', 'object=agreement', ..., 'verb=may-terminate']
 */
export function candidateFeatures(c: CandidateInput): string[] {
  const out = new Set<string>(['bias']);
  out.add(`proposed=${c.proposed}`);
  let verbs = 0;
  for (const [re, name] of VERBS)
    if (re.test(c.clause)) {
      out.add(`verb=${name}`);
      verbs += 1;
    }
  if (verbs === 0) out.add('verb=none');
  for (const [re, name] of CUES) if (re.test(c.clause)) out.add(name);
  const conditions = conditionsIn(c.clause);
  if (conditions.length === 0) out.add('cond=none');
  for (const condition of conditions) {
    out.add(`cond=${condition.kind}`);
    if (condition.at < c.verbAt) out.add(`cond-before-verb=${condition.kind}`);
    // "if the Customer terminates for any reason, ...": the convenience words describe the condition.
    if (CONVENIENCE_RE.test(condition.text)) out.add('cue=convenience-inside-condition');
  }
  // 'convenience' is only the pattern layer's reading again (proposed=...): the other grounds are words read.
  for (const g of c.grounds) if (g !== 'convenience') out.add(`ground=${g}`);
  out.add(`agent=${c.party === null ? 'none' : c.party === 'either' ? 'either' : 'one-party'}`);
  out.add(`notice=${c.notice === null ? 'none' : c.notice.amount === null ? 'redacted' : c.notice.unit}`);
  if (c.notice !== null) {
    out.add(`anchor=${c.notice.anchor ?? 'none'}`);
    out.add(`qualifier=${c.notice.qualifier ?? 'none'}`);
  }
  if (c.cure !== null) out.add('has-cure-period');
  out.add(`object=${objectOf(c.clause, c.verbAt) ?? 'unknown'}`);
  out.add(`heading=${bucket(c.heading)}`);
  out.add(`zone=${c.zone}`);
  if (c.listItem) out.add('list-item');
  const proposed = c.proposed;
  // A few conjunctions the linear model cannot form by itself.
  if (out.has('cue=for-any-reason') && out.has('cond=ground')) out.add('pair=convenience-words+ground');
  if (proposed === 'non-renewal' && out.has('cue=policy-words')) out.add('pair=non-renewal+policy-words');
  if (proposed === 'termination-for-convenience' && !out.has('object=agreement')) out.add('pair=convenience+other-object');
  return [...out].sort();
}
