/**
 * How the model's reading and the pattern layer's are combined. The training pool labels
 * convenience rights and (sparsely) renewal notices; its cure, immediate and suspension labels are
 * the patterns' own. So the model overrules the patterns only when it is confident, and only where
 * the pool can teach it: dropping a proposed convenience right that is no right, or typing as
 * convenience a right the patterns left untyped. The pool holds only a handful of non-renewal
 * notices (CUAD's are nearly all in the dev and evaluation sets), too few to let the model drop one.
 */
import type { Decision } from './model.ts';
import type { RightRole, Role } from './roles.ts';

/** How sure the model must be to overrule the pattern layer. */
export const OVERRIDE_CONFIDENCE = 0.8;

/**
 * The role a candidate takes, given the patterns' proposal and the model's decision.
 * @example finalRole('termination-for-convenience', { role: 'not-a-right', confidence: 0.97, why: [] }) // 'not-a-right'
 */
export function finalRole(proposed: RightRole | 'none', decision: Decision): Role {
  const fallback: Role = proposed === 'none' ? 'not-a-right' : proposed;
  if (decision.role === fallback || decision.confidence < OVERRIDE_CONFIDENCE) return fallback;
  if (proposed === 'none') return decision.role === 'termination-for-convenience' ? decision.role : fallback;
  if (proposed === 'termination-for-convenience') return decision.role === 'not-a-right' ? decision.role : fallback;
  return fallback;
}
