/**
 * Fits the clause-role model: multinomial logistic regression with an L2 penalty, by full-batch
 * gradient descent for a fixed number of iterations from zero weights. No sampling and no random
 * start, and features and roles are visited in sorted order, so the same examples always give the
 * same weights, byte for byte.
 */
import type { ModelWeights } from './model.ts';
import type { Role } from './roles.ts';

export interface Example {
  features: readonly string[];
  role: Role;
}

export interface FitSettings {
  /** L2 penalty per example (λ in λ/2·|w|²). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer examples are dropped (they would only memorise). */
  minCount: number;
  /** Weigh each example by 1 / (its role's share): rare roles count as much as common ones. */
  balanced: boolean;
}

export const DEFAULT_FIT: FitSettings = { l2: 0.001, iterations: 2000, learningRate: 1, minCount: 2, balanced: false };

// Weights are written with 4 decimals: enough for the decisions, and stable across platforms.
const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Weights for `roles` learnt from `examples`.
 * @example fitRoleModel([{ features: ['bias', 'cue=for-any-reason'], role: 'termination-for-convenience' }, { features: ['bias'], role: 'not-a-right' }], ['termination-for-convenience', 'not-a-right']).weights
 */
export function fitRoleModel(examples: readonly Example[], roles: readonly Role[], settings: FitSettings = DEFAULT_FIT): ModelWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => f === 'bias' || (counts.get(f) ?? 0) >= settings.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    x: [...new Set(e.features)]
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b),
    y: roles.indexOf(e.role),
  }));
  const K = roles.length;
  const perRole = roles.map((_, k) => rows.filter((r) => r.y === k).length);
  const present = perRole.filter((c) => c > 0).length;
  const weightOf = (y: number): number => (settings.balanced ? rows.length / (present * Math.max(1, perRole[y] as number)) : 1);
  const D = names.length;
  const w = new Float64Array(K * D);
  const grad = new Float64Array(K * D);
  const p = new Float64Array(K);
  const n = Math.max(1, rows.length);
  for (let it = 0; it < settings.iterations; it++) {
    grad.fill(0);
    for (const row of rows) {
      if (row.y < 0) continue;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (const j of row.x) s += w[k * D + j] as number;
        p[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        p[k] = Math.exp((p[k] as number) - max);
        sum += p[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const g = weightOf(row.y) * ((p[k] as number) / sum - (k === row.y ? 1 : 0));
        for (const j of row.x) grad[k * D + j] = (grad[k * D + j] as number) + g;
      }
    }
    for (let i = 0; i < K * D; i++) {
      const penalty = names[i % D] === 'bias' ? 0 : settings.l2 * (w[i] as number);
      w[i] = (w[i] as number) - settings.learningRate * ((grad[i] as number) / n + penalty);
    }
  }
  const weights: Record<string, Record<string, number>> = {};
  for (let k = 0; k < K; k++) {
    const byFeature: Record<string, number> = {};
    for (let j = 0; j < D; j++) {
      const v = round(w[k * D + j] as number);
      if (v !== 0) byFeature[names[j] as string] = v;
    }
    weights[roles[k] as Role] = byFeature;
  }
  return { roles: [...roles], weights };
}
