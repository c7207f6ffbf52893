import { assessNonRenewal } from '../assess-non-renewal.ts';
import type { ActionRule } from './action-rule.ts';

/**
 * A notice of non-renewal: judged by the non-renewal rights, counted back from the term's last day.
 * @example nonRenewalRule.provisionTypes(letter) // ['non-renewal']
 */
export const nonRenewalRule: ActionRule = {
  provisionTypes: () => ['non-renewal'],
  assess: (candidate, agreement, _letter, timing) => assessNonRenewal(candidate, agreement, timing),
  effectiveDeadline: null,
};
