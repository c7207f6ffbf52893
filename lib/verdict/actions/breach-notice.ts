import { assessBreachNotice } from '../assess-breach-notice.ts';
import type { ActionRule } from './action-rule.ts';

/**
 * A breach notice: the start of the cure period of a termination-for-cause right; it yields the cure deadline.
 * @example breachNoticeRule.provisionTypes(letter) // ['termination-for-cause']
 */
export const breachNoticeRule: ActionRule = {
  provisionTypes: () => ['termination-for-cause'],
  assess: (candidate, _agreement, letter, timing) => assessBreachNotice(candidate, letter, timing),
  effectiveDeadline: null,
};
