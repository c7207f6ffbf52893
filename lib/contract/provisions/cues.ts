/**
 * The wording that tells one kind of provision from another. Every pattern is bounded ({0,N}) so a
 * test costs at most a fixed window per position.
 */
import { flexible } from './flexible.ts';
import type { Ground } from '../../domain/types.ts';

/**
 * A right to end the agreement: "may terminate", "shall have the right to cancel", "may be terminated", and
 * without a modal verb "this Agreement is terminable by either party", "this Agreement shall end at any time
 * upon notice" (only with the agreement as subject: "such policies shall be cancelable" is insurance).
 */
export const TERMINATION_RIGHT_RE = flexible(
  /\b(?:may|can|right to|entitled[^.;]{0,60}?to|option to|elect to)\b[^.;]{0,90}?\b(?:terminate|cancel)\b|\bright\b[^.;]{0,120}?\bto (?:terminate|cancel)\b|\b(?:may|can)\b[^.;]{0,40}?\bbe (?:terminated|cancell?ed)\b|\b(?:agreement|contract)\b[^.;]{0,60}?\b(?:is|shall be) (?:terminable|cancell?able)\b|\b(?:agreement|contract) shall (?:end|terminate)\b[^.;]{0,80}?\bat any time\b/i,
);
export const NEGATED_RIGHT_RE = flexible(
  /\b(?:may|shall|can) not\b[^.;]{0,30}?\b(?:terminate|cancel|be terminated)|\bneither party (?:may|shall)\b[^.;]{0,40}?terminat/i,
);
// A right stated first and then limited: "...; provided, however, that Licensee may not terminate before the
// first anniversary". The negation limits when the right may be used; it does not take the right away.
const PROVISO_RE = /\bprovided\b|\bexcept\b|\bhowever\b|\bbut\b|;/i;
const LOCK_IN_THEN_RIGHT_RE = flexible(
  /^[^.;]{0,80}?\b(?:before|prior to|until)\b[^.;]{0,120}?,? (?:but|however)\b[^.;]{0,120}?\b(?:thereafter|after)\b/i,
);

/**
 * Whether the clause denies a right to terminate, rather than granting one and limiting it in a proviso.
 * @example negatesTheRight('Neither party may terminate this Agreement for convenience.') // true
 * @example negatesTheRight('Either party may terminate on sixty days notice; provided that Licensee may not terminate before the first anniversary.') // false
 * @example negatesTheRight('Neither party may terminate before the end of the Initial Term, but either party may terminate thereafter on ninety days notice.') // false
 */
export function negatesTheRight(clause: string): boolean {
  const negation = NEGATED_RIGHT_RE.exec(clause);
  if (!negation) return false;
  const right = TERMINATION_RIGHT_RE.exec(clause);
  if (right && right.index < negation.index) return !PROVISO_RE.test(clause.slice(right.index + right[0].length, negation.index));
  // "Neither party may terminate before the end of the Initial Term, but either party may terminate it thereafter
  // on ninety days' notice": a right granted after the denial, across a "but".
  // Only a denial in time ("before ...") followed by a grant for the time after it ("thereafter", "after").
  const rest = clause.slice(negation.index + negation[0].length);
  const later = TERMINATION_RIGHT_RE.exec(rest);
  return !(later && LOCK_IN_THEN_RIGHT_RE.test(rest) && !NEGATED_RIGHT_RE.test(rest));
}
/** The duration clause of an evergreen agreement: "shall remain in effect until terminated by either Party upon ...". */
export const UNTIL_TERMINATED_RE = flexible(
  /\buntil\s+(?:(?:sooner|earlier|otherwise)\s+)?(?:terminated|cancell?ed)\s+(?:by|upon)\b|\bshall (?:terminate|expire)\b[^.;]{0,120}?\bupon (?:either|any|a|each) party giving\b/i,
);
export const RENEWAL_RE = flexible(/\b(?:renew\w*|extend\w*|extension|prolong\w*|year[- ]to[- ]year|month[- ]to[- ]month)\b/i);
export const AUTOMATIC_RE = flexible(/\bautomatic\w*|\bunless\b|\bfails? to notify\b|\bshall continue\b/i);
/** "notice of non-renewal", "intention not to renew", "will not be renewed". */
export const NON_RENEWAL_RE = flexible(
  /\bnon-?\s*renew\w*|\bnot (?:to )?(?:be )?renew\w*|\bnot (?:to|be) (?:be )?extend\w*(?! beyond\b)|\bintention not\b(?! to object\b)|\bdesire that this agreement terminate/i,
);
/** An opt-in: a notice or request a party must give to extend or renew. */
export const OPT_IN_RE = flexible(
  /\bnotice\b[^.;]{0,80}?\b(?:to|of (?:its|their|his|her) (?:intent|intention|desire|election) to)\s+(?:extend|renew)\b|\b(?:may|option to|right to|elect to)\s+(?:extend|renew)\b|\brequest\w*\s+(?:an?\s+|the\s+)?(?:extension|renewal|successor)|\bmay be (?:extended|renewed)\b[^.;]{0,160}?\bby (?:written )?notice|\b(?:wish\w*|desire\w*|intend\w*|want\w*|elect\w*) to (?:(?:so|seek to) )?(?:extend|renew)\b|\bmay\b[^.;]{0,120}?\b(?:extend|renew) the (?:term|agreement)\b/i,
);
/** "at the expiration of its term", "at the end of the Initial Term": termination that takes effect only at term end. */
export const AT_TERM_END_RE = flexible(
  /\b(?:at|on|upon|as of|effective (?:on|as of|at))\s+the\s+(?:end|expiration|expiry)\s+of\s+(?:the|its|this|such|any|each|said)\b[^.;]{0,40}?\bterm\b/i,
);
/** After an initial period: "Following the Initial Term", "only during the Extended Term". */
export const POST_INITIAL_RE =
  /\b(?:following|after)\s+(?:the\s+)?(?:(?:expiration|end|completion)\s+of\s+)?(?:the\s+|its\s+|said\s+)?(?:initial|primary|original|first)\s+(?:term|period)\b|\bduring\s+(?:the|any)\s+(?:extended|renewal|extension)\s+(?:term|period)\b/i;
export const AT_ANY_TIME_RE = flexible(/\bat any time\b/i);
/** Words that make a termination right one for convenience even when a condition follows. */
export const CONVENIENCE_RE = flexible(
  /\bfor (?:any|no) reasons?\b|\bwith(?:out| or without) (?:cause|reason|supplying a reason)\b|\bfor (?:its |their )?convenience\b|\bat (?:its|their) convenience\b|\bat will\b|\bregardless of (?:the )?(?:term|cause|reason)\b/i,
);
/** Words that suggest convenience but often sit beside a condition ("if ..., then X may, in its sole discretion, terminate"). */
export const WEAK_CONVENIENCE_RE = flexible(
  /\b(?:sole|absolute|unfettered) (?:discretion|right)\b|\bwithout (?:any )?(?:liability|penalty)\b/i,
);
/** The words that only introduce a list of grounds; the grounds themselves are in the items. */
export const GENERIC_INTRO_RE = flexible(
  /\b(?:upon|on|after) the (?:occurrence|happening) of any (?:one )?of the following(?: events)?\b|\bany of the following\b/gi,
);
/** What is ended is not the agreement: "cancel its participation", "terminate the subagency", "terminate its obligation to supply a Product". */
export const OTHER_OBJECT_RE = flexible(
  /\b(?:terminate|cancel)\s+(?:(?:its|his|her|their|the|any|such|a|an)\s+)?(?:participation|sub-?agency|sub-?contract\w*|(?:purchase )?orders?|statements? of work|sow|appointment of|events?|insurance|coverage|polic(?:y|ies)|obligations? to (?:supply|sell|purchase|buy|provide|deliver|manufacture))\b/i,
);
/** Conditions that make a right one for cause. */
export const CAUSE_RE = flexible(
  /\bfor (?:good |reasonable |just )?cause\b|\bfor good reason\b|\bbreach|\bdefault|\bfail(?:s|ure|ed|ing)?\b|\bif\b(?!\s+(?:not|applicable|so)\b)(?!\s+any\s*[,)])|\bin (?:the|such|that|which|either) (?:event|case)\b|\bshould\b|\bupon the occurrence\b|\binsolven|\bbankrupt|\breceiver|\bviolat|\bcure|\bchange (?:of|in) control|\bunable\b|\bforce majeure\b|\bcease[sd]? to\b|\bwhere\b|\bin case\b/i,
);
export const BREACH_RE = flexible(/\bbreach|\bdefault|\bfail(?:s|ure|ed|ing)?\b|\bnon-?(?:performance|compliance|payment)\b|\bviolat/i);
// "fails to cure within", "remains uncured", "does not remedy", "where such failure continues for thirty (30) days after notice",
// and for a late payment "if such payment is not made within ten (10) days after ... written notice".
export const CURE_RE = flexible(
  /(?:\b|\bun)cur(?:e|ed|es|ing)\b|\bremed(?:y|ied|ies|ying)\b|\bunremedied\b|\brectif|\bcorrect(?:ed|s|ing|ive action)?\b|\bmake good\b|\b(?:continues?|continuing|persists?)(?: (?:uncured|unremedied|unresolved|unpaid))? for\b|\bremains? (?:uncured|unremedied|unresolved|unpaid) for\b|\bnot (?:been )?(?:made|paid|remitted)(?: in full)? within\b/i,
);
export const IMMEDIATE_RE = flexible(
  /\bimmediate(?:ly)?\b|\bforthwith\b|\bautomatically terminat|\bterminate automatically\b|\bwithout (?:prior |further )?notice\b|\bupon (?:written )?notice\b(?!\s+of\s+(?:at least|not less))/i,
);
export const SUSPENSION_RE = /\bsuspen(?:d|sion)\w*/i;
export const SUSPENSION_RIGHT_RE = flexible(
  /\b(?:may|can|right to|entitled[^.;]{0,60}?to|option to|reserves the right to)\b[^.;]{0,80}?\bsuspend\b/i,
);
export const PARTY_EITHER_RE = flexible(
  /\b(?:either|each|both|any) part(?:y|ies)\b|\bthe parties\b|\bone of the parties\b|\ba party\b|\bone party\b/i,
);
export const NOTICE_WORD_RE = /\bnotice|\bnotif/i;
/**
 * The definition of a termination ground: '"Cause" means: (i) ... material breach, not cured after thirty
 * days' notice', '"Good Reason" shall mean', '"Event of Default" means'. Its limbs state cure windows of the
 * right that terminates "for Cause", though they never say "terminate" themselves.
 */
export const GROUND_DEFINITION_RE =
  /["“”](?:cause|good reason|events? of default|default|material breach|termination events?)["“”]\s+(?:(?:shall|will)\s+)?(?:means?|include|includes|has the meaning|have the meaning)\b/i;
/** Any other defined term: the definitions of a ground end where the next definition begins. */
export const DEFINITION_RE = /["“”][A-Z][^"“”]{0,60}["“”]\s+(?:(?:shall|will)\s+)?(?:means?|includes?|has the meaning)\b/;

const GROUND_CUES: ReadonlyArray<[RegExp, Ground]> = [
  [/\bmaterial(?:ly)?\s+(?:breach|default)/i, 'material-breach'],
  [/\bbreach|\bdefault|\bfail(?:s|ure|ed)?\s+to\s+(?:perform|comply|observe)/i, 'breach'],
  [flexible(/\bfail\w*\s+to\s+(?:make\s+(?:any\s+)?)?pa(?:y|yment)|\bnon-?payment|\bpast due\b|\boverdue\b|\bunpaid\b/i), 'non-payment'],
  [flexible(/\bacceptable use\b|\bpolic(?:y|ies)\b/i), 'policy-violation'],
  [
    flexible(
      /\binsolven|\bbankrupt|\breceiver\b|\btrustee\b|\bbenefit of (?:its )?creditors\b|\bliquidat|\bcomposition with\b|\bunable to pay (?:its )?debts/i,
    ),
    'insolvency',
  ],
  [
    flexible(/\bwind(?:ing)?[- ](?:up|down)\b|\bdissol|\bceases?\s+(?:to\s+(?:do|conduct|carry on)\s+)?(?:business|operations)\b/i),
    'winding-down',
  ],
  [flexible(/\bchange (?:of|in) (?:control|ownership)\b|\bmerge[rd]?\b|\bacquisition of\b/i), 'change-of-control'],
  [flexible(/\bsecurity (?:risk|threat|breach)|\bthreat to the security\b|\bposes? (?:a|an) (?:\w+ )?(?:risk|threat)\b/i), 'security-risk'],
  [
    flexible(
      /\brequired by (?:applicable )?law\b|\billegal\b|\bunlawful\b|\bgovernmental (?:order|authority|action)\b|\bregulatory (?:approval|action|authority)\b/i,
    ),
    'legal-compliance',
  ],
  [flexible(/\bforce majeure\b/i), 'force-majeure'],
  [flexible(/\bfor (?:good |reasonable )?cause\b(?!\s+by)|\bfor good reason\b/i), 'cause'],
];

/**
 * The grounds named in `text`, in vocabulary order, without repeats.
 * @example groundsIn('if the other party becomes insolvent or materially breaches') // ['material-breach', 'insolvency']
 */
export function groundsIn(text: string): Ground[] {
  const grounds: Ground[] = [];
  for (const [re, ground] of GROUND_CUES) if (re.test(text)) grounds.push(ground);
  if (grounds.includes('material-breach')) return grounds.filter((g) => g !== 'breach');
  return grounds;
}
