import { assessForward } from '../assess-forward.ts';
import { assessNonRenewal } from '../assess-non-renewal.ts';
import type { ActionRule } from './action-rule.ts';
import { TERMINATION_TYPES } from './action-rule.ts';

/**
 * A termination: judged by the termination rights; one that takes effect "at the end of the current term"
 * (or names the term's end as its date: "at the end of the Initial Period on 31 March 2027") may also rely on a
 * non-renewal right.
 * @example terminationRule.provisionTypes({ ...letter, effective: { kind: 'end-of-term' } }) // [...TERMINATION_TYPES, 'non-renewal']
 */
export const terminationRule: ActionRule = {
  provisionTypes: (letter) =>
    letter.effective?.kind === 'end-of-term' || letter.endsAtTermEnd ? [...TERMINATION_TYPES, 'non-renewal'] : TERMINATION_TYPES,
  assess: (candidate, agreement, _letter, timing) =>
    candidate.provision.type === 'non-renewal' ? assessNonRenewal(candidate, agreement, timing) : assessForward(candidate, timing),
  effectiveDeadline: 'termination-effective',
};
