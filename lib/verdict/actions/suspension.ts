import { assessForward } from '../assess-forward.ts';
import type { ActionRule } from './action-rule.ts';
import { TERMINATION_TYPES } from './action-rule.ts';

/**
 * A suspension: a party that may end the service on notice may also stop it on the same notice, so the
 * termination rights are alternative routes.
 * @example suspensionRule.provisionTypes(letter) // ['suspension', ...TERMINATION_TYPES]
 */
export const suspensionRule: ActionRule = {
  provisionTypes: () => ['suspension', ...TERMINATION_TYPES],
  assess: (candidate, _agreement, _letter, timing) => assessForward(candidate, timing),
  effectiveDeadline: 'suspension-effective',
};
