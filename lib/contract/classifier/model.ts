/**
 * The clause-role classifier: multinomial logistic regression over named binary features
 * (features.ts). The weights are trained by `npm run train` from the training pool and committed as
 * weights.json; importing this module loads them once per container. Pure and deterministic.
 */
import { ROLES, type Role } from './roles.ts';
import weightsFile from './weights.json' with { type: 'json' };

export interface ModelWeights {
  /** The roles, in the order ties are broken. */
  roles: readonly Role[];
  /** weights[role][feature]; a feature absent from a role's map weighs 0. */
  weights: Record<string, Record<string, number>>;
}

/** One feature's part in a decision: how much more it scored the chosen role than the runner-up. */
export interface Contribution {
  feature: string;
  weight: number;
}

export interface Decision {
  role: Role;
  /** The softmax probability of the chosen role. */
  confidence: number;
  /** The features that pushed most towards the chosen role over the runner-up, strongest first. */
  why: Contribution[];
}

const WHY_COUNT = 4;

/** The weights committed with the code. */
export const MODEL: ModelWeights = weightsFile as ModelWeights;

/** The score of each role (in `model.roles` order) for a candidate with these features. */
export function scores(model: ModelWeights, features: readonly string[]): number[] {
  const roles = model.roles.length > 0 ? model.roles : ROLES;
  return roles.map((role) => {
    const w = model.weights[role] ?? {};
    let s = 0;
    for (const f of features) s += w[f] ?? 0;
    return s;
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The features that favour `role` most over the strongest other role, with how much each adds.
 * @example explain(MODEL, ['bias', 'cue=for-any-reason', 'verb=may-terminate'], 'termination-for-convenience')[0]?.feature // 'cue=for-any-reason'
 */
export function explain(model: ModelWeights, features: readonly string[], role: Role): Contribution[] {
  const roles = model.roles.length > 0 ? model.roles : ROLES;
  const s = scores(model, features);
  let rival: Role | null = null;
  let rivalScore = Number.NEGATIVE_INFINITY;
  roles.forEach((r, i) => {
    if (r !== role && (s[i] as number) > rivalScore) {
      rival = r;
      rivalScore = s[i] as number;
    }
  });
  const wRole = model.weights[role] ?? {};
  const wRival = rival === null ? {} : (model.weights[rival] ?? {});
  return features
    .filter((f) => f !== 'bias')
    .map((feature) => ({ feature, weight: round((wRole[feature] ?? 0) - (wRival[feature] ?? 0)) }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, WHY_COUNT);
}

/**
 * The role the model gives a candidate with these features, and the features that decided it.
 * @example decide(MODEL, ['bias', 'cue=for-any-reason', 'verb=may-terminate', 'object=agreement']).role // 'termination-for-convenience'
 */
export function decide(model: ModelWeights, features: readonly string[]): Decision {
  const roles = model.roles.length > 0 ? model.roles : ROLES;
  const s = scores(model, features);
  let best = 0;
  for (let i = 1; i < s.length; i++) if ((s[i] as number) > (s[best] as number)) best = i;
  const max = s[best] as number;
  let sum = 0;
  for (const x of s) sum += Math.exp(x - max);
  const role = roles[best] as Role;
  return { role, confidence: 1 / sum, why: explain(model, features, role) };
}
