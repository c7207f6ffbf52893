import type { LetterAction } from '../../domain/types.ts';
import type { ActionRule } from './action-rule.ts';
import { breachNoticeRule } from './breach-notice.ts';
import { extensionRule } from './extension.ts';
import { nonRenewalRule } from './non-renewal.ts';
import { suspensionRule } from './suspension.ts';
import { terminationRule } from './termination.ts';

export type { ActionRule } from './action-rule.ts';

/**
 * The rule for each letter action; a `Record`, so an action without a rule does not compile.
 * @example ACTION_RULES.suspension.provisionTypes(letter)[0] // 'suspension'
 */
export const ACTION_RULES: Record<LetterAction, ActionRule> = {
  termination: terminationRule,
  suspension: suspensionRule,
  'non-renewal': nonRenewalRule,
  'breach-notice': breachNoticeRule,
  extension: extensionRule,
};
