/**
 * k-fold cross-validation grouped by contract: a contract, its near-duplicates and its dev twin
 * always fall in one fold (folds by a hash of the group name, so the split never changes).
 */
import { finalRole } from '../../lib/contract/classifier/combine.ts';
import { decide } from '../../lib/contract/classifier/model.ts';
import { fitRoleModel, type FitSettings } from '../../lib/contract/classifier/fit.ts';
import type { Role } from '../../lib/contract/classifier/roles.ts';
import type { GroupedExample } from './examples.ts';

export interface RoleFigures {
  role: Role;
  gold: number;
  predicted: number;
  correct: number;
  /** The same figures for the pattern layer's own reading. */
  patternPredicted: number;
  patternCorrect: number;
  /** And for the combination the product uses (combine.ts). */
  combinedPredicted: number;
  combinedCorrect: number;
}

/** FNV-1a: a fixed, platform-independent hash for assigning groups to folds. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const foldOf = (group: string, k: number): number => hash(group) % k;

export function crossValidate(
  examples: readonly GroupedExample[],
  roles: readonly Role[],
  k: number,
  settings: FitSettings,
): RoleFigures[] {
  const figures = roles.map((role) => ({
    role,
    gold: 0,
    predicted: 0,
    correct: 0,
    patternPredicted: 0,
    patternCorrect: 0,
    combinedPredicted: 0,
    combinedCorrect: 0,
  }));
  const at = (role: string) => figures.find((f) => f.role === role);
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((e) => foldOf(e.group, k) !== fold);
    const test = examples.filter((e) => foldOf(e.group, k) === fold);
    const model = fitRoleModel(train, roles, settings);
    for (const e of test) {
      const decision = decide(model, e.features);
      const predicted = decision.role;
      const combined = at(finalRole(e.proposed, decision));
      if (combined) {
        combined.combinedPredicted += 1;
        if (combined.role === e.role) combined.combinedCorrect += 1;
      }
      const gold = at(e.role);
      if (gold) gold.gold += 1;
      const p = at(predicted);
      if (p) p.predicted += 1;
      if (predicted === e.role && p) p.correct += 1;
      const pattern = at(e.proposed === 'none' ? 'not-a-right' : e.proposed);
      if (pattern) {
        pattern.patternPredicted += 1;
        if (pattern.role === e.role) pattern.patternCorrect += 1;
      }
    }
  }
  return figures;
}
