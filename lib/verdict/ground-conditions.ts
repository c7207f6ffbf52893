import type { Ground } from '../domain/types.ts';

/**
 * Grounds as conditions: which grounds stated in a letter can satisfy a right that requires a given ground,
 * and how to name the condition for a reader.
 */

const BREACH_FAMILY: Ground[] = ['breach', 'material-breach', 'policy-violation', 'non-payment'];

/** Letter grounds that can establish each ground a right requires. */
const SATISFIED_BY: Record<Ground, Ground[]> = {
  breach: BREACH_FAMILY,
  // Whether a breach is material is itself the condition; any breach asserted may turn out to be material.
  'material-breach': BREACH_FAMILY,
  'policy-violation': ['policy-violation'],
  'non-payment': ['non-payment'],
  'security-risk': ['security-risk'],
  insolvency: ['insolvency'],
  'legal-compliance': ['legal-compliance'],
  'winding-down': ['winding-down'],
  'change-of-control': ['change-of-control'],
  'force-majeure': ['force-majeure'],
  convenience: ['convenience'],
  cause: [
    'breach',
    'material-breach',
    'policy-violation',
    'non-payment',
    'security-risk',
    'insolvency',
    'legal-compliance',
    'change-of-control',
    'force-majeure',
    'cause',
  ],
};

const DESCRIPTIONS: Record<Ground, string> = {
  breach: 'a breach of the agreement',
  'material-breach': 'a material breach of the agreement',
  'policy-violation': 'a violation of the acceptable use policy',
  'non-payment': 'non-payment of amounts due',
  'security-risk': 'a security risk',
  insolvency: 'insolvency or bankruptcy',
  'legal-compliance': 'a requirement of law',
  'winding-down': 'a wind-down of the business',
  'change-of-control': 'a change of control',
  'force-majeure': 'a force majeure event',
  convenience: 'convenience',
  cause: 'cause',
};

/**
 * A ground named for a reader, with its code so the explanation can be matched to the verdict's data.
 * @example describeGround('policy-violation') // 'a violation of the acceptable use policy (policy-violation)'
 */
export const describeGround = (ground: Ground): string => `${DESCRIPTIONS[ground]} (${ground})`;

/**
 * The letter's grounds that can establish one of the grounds a right requires.
 * @example matchingGrounds(['breach', 'security-risk'], ['policy-violation']) // ['policy-violation']
 */
export function matchingGrounds(required: readonly Ground[], stated: readonly Ground[]): Ground[] {
  return stated.filter((g) => required.some((r) => SATISFIED_BY[r].includes(g)));
}

/**
 * True when the right needs no factual ground (a convenience right, or no grounds required at all).
 * @example isUnconditional(['convenience']) // true; isUnconditional(['breach']) // false
 */
export const isUnconditional = (required: readonly Ground[]): boolean =>
  required.length === 0 || required.every((g) => g === 'convenience');

/**
 * The condition a right depends on, for a reader: the ground the right requires, and the letter's ground
 * where the letter asserts a different but related one ("a material breach ..., as the letter asserts a
 * violation of the acceptable use policy").
 * @example conditionText(['breach', 'policy-violation'], ['policy-violation']) // 'a violation of the acceptable use policy (policy-violation)'
 * @example conditionText(['material-breach'], ['policy-violation']) // 'a material breach of the agreement (material-breach): the letter asserts a violation of the acceptable use policy (policy-violation)'
 */
export function conditionText(required: readonly Ground[], stated: readonly Ground[]): string {
  const needed: Ground[] = required.filter((g) => g !== 'convenience');
  const exact = stated.filter((g) => needed.includes(g));
  if (exact.length > 0) return exact.map(describeGround).join(' or ');
  const related = matchingGrounds(needed, stated);
  const base = needed.map(describeGround).join(' or ');
  return related.length > 0 ? `${base}: the letter asserts ${related.map(describeGround).join(' and ')}` : base;
}
