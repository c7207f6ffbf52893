/**
 * The roles the clause-role classifier chooses between: the provision types a candidate may take,
 * and `not-a-right` (a clause the candidate generator picked up that states none of them).
 */
export const ROLES = [
  'non-renewal',
  'extension-notice',
  'termination-for-convenience',
  'termination-for-cause',
  'immediate-termination',
  'suspension',
  'not-a-right',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles that are rights (every provision type the pattern layer proposes). */
export type RightRole = Exclude<Role, 'not-a-right'>;
