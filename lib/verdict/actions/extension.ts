import { assessExtension } from '../assess-extension.ts';
import type { ActionRule } from './action-rule.ts';

/**
 * A letter exercising an option to renew or extend: judged by the agreement's extension-notice rights, counted
 * back from the term's last day like non-renewal.
 * @example extensionRule.provisionTypes(letter) // ['extension-notice']
 */
export const extensionRule: ActionRule = {
  provisionTypes: () => ['extension-notice'],
  assess: (candidate, agreement, _letter, timing) => assessExtension(candidate, agreement, timing),
  effectiveDeadline: null,
};
