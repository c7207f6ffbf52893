import type { Ground, Provision } from '../domain/types.ts';
import { readGrounds } from '../letter/grounds.ts';

/**
 * Grounds by kind: the closed set of reasons a right can be conditioned on, read from both the agreement's
 * condition and the letter's stated reasons. A right that needs a ground applies to a letter only when the
 * letter asserts a ground of one of the right's kinds — a clause letting the provider suspend "if the
 * Customer's use poses a security risk" does not govern a suspension for late payment.
 */

export type GroundKind =
  | 'security-risk'
  | 'policy-violation'
  | 'non-payment'
  | 'material-breach'
  | 'insolvency'
  | 'legal-requirement'
  | 'change-of-control'
  | 'convenience'
  | 'other';

const KIND_OF: Record<Ground, GroundKind> = {
  breach: 'material-breach',
  'material-breach': 'material-breach',
  'policy-violation': 'policy-violation',
  'non-payment': 'non-payment',
  'security-risk': 'security-risk',
  insolvency: 'insolvency',
  'legal-compliance': 'legal-requirement',
  'winding-down': 'other',
  'change-of-control': 'change-of-control',
  'force-majeure': 'other',
  convenience: 'convenience',
  cause: 'other',
};

const WORDS: Record<GroundKind, string> = {
  'security-risk': 'a security risk',
  'policy-violation': 'a violation of the acceptable use policy',
  'non-payment': 'non-payment',
  'material-breach': 'a material breach of the agreement',
  insolvency: 'insolvency',
  'legal-requirement': 'a requirement of law or regulation',
  'change-of-control': 'a change of control',
  convenience: 'convenience',
  other: 'the ground the clause states',
};

/**
 * A ground kind in plain words.
 * @example groundWords('non-payment') // 'non-payment'
 */
export const groundWords = (kind: GroundKind): string => WORDS[kind];

/**
 * Kinds in plain words joined with "or".
 * @example kindsWords(['security-risk', 'non-payment']) // 'a security risk or non-payment'
 */
export const kindsWords = (kinds: readonly GroundKind[]): string => kinds.map(groundWords).join(' or ');

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * The kinds of the grounds a letter (or clause) states.
 * @example groundKinds(['breach', 'cause']) // ['material-breach', 'other']
 */
export const groundKinds = (grounds: readonly Ground[]): GroundKind[] => unique(grounds.map((g) => KIND_OF[g]));

/**
 * The kinds of ground a right requires: none for a convenience or non-renewal right; else the grounds the
 * extraction found together with those the clause's own words name (the same reader as for letters, so
 * "for late payment" in a clause and "because of late payment" in a letter meet). A right that names no
 * recognisable ground keeps a generic "cause" that any asserted ground may satisfy.
 * @example requiredKinds({ ...provision, type: 'suspension', grounds: [], text: 'may suspend for late payment on five (5) days notice' }) // ['non-payment']
 */
export function requiredKinds(provision: Provision): GroundKind[] {
  if (provision.type === 'termination-for-convenience' || provision.type === 'non-renewal') return [];
  const stated = unique([...provision.grounds, ...readGrounds(provision.text)]).filter((g) => g !== 'convenience');
  if (stated.length > 0) return groundKinds(stated);
  if (provision.grounds.includes('convenience')) return [];
  return provision.type === 'termination-for-cause' ? ['material-breach'] : ['other'];
}

/**
 * Whether a letter ground of kind `stated` can establish a right's ground of kind `required`. A material
 * breach may be shown by any breach of the agreement's terms, so non-payment and a policy violation (both
 * breaches of the customer's obligations) can establish it; "other" (a clause's generic "for cause") is
 * satisfied by any asserted ground except convenience. Every other kind needs the same kind.
 * @example establishes('material-breach', 'non-payment') // true; establishes('security-risk', 'non-payment') // false
 */
export function establishes(required: GroundKind, stated: GroundKind): boolean {
  if (required === stated) return true;
  if (required === 'material-breach') return stated === 'non-payment' || stated === 'policy-violation';
  return required === 'other' && stated !== 'convenience';
}

/**
 * The letter's kinds that can establish one of the right's kinds.
 * @example matchingKinds(['security-risk'], ['non-payment']) // []
 */
export const matchingKinds = (required: readonly GroundKind[], stated: readonly GroundKind[]): GroundKind[] =>
  stated.filter((s) => required.some((r) => establishes(r, s)));

/**
 * The condition a right depends on, in plain words: the ground the right requires, and the letter's ground
 * where the letter asserts a different kind that can establish it.
 * @example conditionText(['material-breach'], ['non-payment']) // 'a material breach of the agreement (the letter asserts non-payment)'
 * @example conditionText(['security-risk', 'policy-violation'], ['policy-violation']) // 'a violation of the acceptable use policy'
 */
export function conditionText(required: readonly GroundKind[], stated: readonly GroundKind[]): string {
  const exact = stated.filter((s) => required.includes(s) && s !== 'other');
  if (exact.length > 0) return kindsWords(exact);
  const related = matchingKinds(required, stated);
  const base = kindsWords(required);
  return related.length > 0 ? `${base} (the letter asserts ${kindsWords(related)})` : base;
}
