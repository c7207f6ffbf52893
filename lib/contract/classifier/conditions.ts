/**
 * The conditions written around a right, by kind. Only a true *ground* ("if the other party
 * materially breaches", "upon a change of control") makes a right one for cause. Other "if" clauses
 * do not:
 * - a prerequisite ("provided that no invoice is outstanding", "if it has paid all fees due") limits
 *   when a right of convenience may be used;
 * - a consequence ("which, if exercised, shall take effect at the end of the month", "if this
 *   Agreement is terminated, ...") says what follows the right;
 * - a scope ("if the Customer does not agree to a change in the fees") names the occasion of a
 *   right that still needs no fault.
 * A convenience cue ("for any reason") inside a condition does not make the right one of convenience.
 */
import { flexible } from '../provisions/flexible.ts';

export type ConditionKind = 'ground' | 'prerequisite' | 'consequence' | 'scope' | 'other';

export interface Condition {
  kind: ConditionKind;
  /** Index in the clause where the condition's words begin. */
  at: number;
  text: string;
}

// A condition opens at one of these words and runs to the next comma, semicolon or the end (bounded).
const OPENER_RE = flexible(
  /\b(?:if|in the event(?: that)?|provided(?:,)? (?:that|however)|upon the occurrence of|should|in case|where|unless|subject to)\b/gi,
);
const MAX_CONDITION = 220;
const GROUND_RE = flexible(
  /\bbreach|\bdefault|\bfail(?:s|ure|ed|ing)? to (?:perform|comply|pay|observe|cure|remedy|meet|deliver)|\binsolven|\bbankrupt|\breceiver|\bliquidat|\bwind(?:ing)?[- ]up|\bchange (?:of|in) control|\bacqui(?:red|sition)|\bmerge|\bviolat|\bforce majeure|\bnon-?payment|\bfraud|\bnegligen|\bmisconduct|\bceases? to\b|\bconvicted|\bfor cause\b/i,
);
const PREREQUISITE_RE = flexible(
  /\b(?:no|all) (?:\w+ )?(?:invoices?|amounts?|fees|sums|payments?) (?:are |is )?(?:outstanding|due|owing|paid)|\bhas paid\b|\bprovided (?:that )?(?:the|such) (?:\w+ )?(?:pays|has paid|gives)|\bafter the (?:first|initial)|\bfollowing the (?:first|initial)|\bsubject to (?:the )?payment/i,
);
const CONSEQUENCE_RE = flexible(
  /^(?:if|in the event(?: that)?)\s+(?:this agreement|the agreement|such right|it|such termination|the right)\s+(?:is|shall be|has been)\s+(?:so\s+)?(?:terminated|exercised|cancell?ed)|\bwhich,? if exercised|\bif (?:so )?(?:terminated|exercised)\b|\bupon (?:such )?termination\b/i,
);
const SCOPE_RE = flexible(
  /\b(?:does|do|shall) not (?:agree|accept|consent|approve)|\bdisagrees?\b|\bobjects?\b|\bis not satisfied\b|\bdissatisfied\b|\bdoes not wish\b|\bchanges? (?:to|in) (?:the )?(?:fees|prices|terms|policies)/i,
);

function kindOf(condition: string): ConditionKind {
  if (CONSEQUENCE_RE.test(condition)) return 'consequence';
  if (GROUND_RE.test(condition)) return 'ground';
  if (PREREQUISITE_RE.test(condition)) return 'prerequisite';
  if (SCOPE_RE.test(condition)) return 'scope';
  return 'other';
}

/**
 * The conditions in `clause`, each with its kind. Linear: one scan for openers, a bounded window each.
 * @example conditionsIn('Customer may terminate on 30 days notice, provided that no invoice is outstanding.')[0]?.kind // 'prerequisite'
 */
export function conditionsIn(clause: string): Condition[] {
  const out: Condition[] = [];
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(clause); m !== null; m = OPENER_RE.exec(clause)) {
    const rest = clause.slice(m.index, m.index + MAX_CONDITION);
    const stop = rest.slice(m[0].length).search(/[,;:]|\bthen\b/);
    const text = stop < 0 ? rest : rest.slice(0, m[0].length + stop);
    // "unless" before a notice is how a renewal is stopped, not a condition of a right.
    if (/^unless\b/i.test(text) && /\bnotice|\bnotif/i.test(text)) continue;
    out.push({ kind: kindOf(text), at: m.index, text });
  }
  return out;
}
