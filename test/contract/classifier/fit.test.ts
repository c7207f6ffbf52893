import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT, type Example, fitRoleModel } from '../../../lib/contract/classifier/fit.ts';
import { decide, explain } from '../../../lib/contract/classifier/model.ts';
import type { Role } from '../../../lib/contract/classifier/roles.ts';

const ROLES: Role[] = ['termination-for-convenience', 'termination-for-cause', 'not-a-right'];
// A tiny synthetic pool: convenience words, cure words, and neither.
const examples: Example[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['bias', 'cue=for-any-reason', i % 2 ? 'agent=either' : 'agent=one-party'],
    role: ROLES[0] as Role,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['bias', 'cue=cure-words', i % 2 ? 'agent=either' : 'agent=one-party'],
    role: ROLES[1] as Role,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({ features: ['bias', i % 2 ? 'agent=either' : 'agent=one-party'], role: ROLES[2] as Role })),
];

describe('fitRoleModel', () => {
  it('gives the same weights, byte for byte, on every run', () => {
    const first = JSON.stringify(fitRoleModel(examples, ROLES));
    const second = JSON.stringify(fitRoleModel([...examples], ROLES));
    expect(second).toBe(first);
  });

  it('learns which feature tells the roles apart', () => {
    const model = fitRoleModel(examples, ROLES);
    expect(decide(model, ['bias', 'cue=for-any-reason', 'agent=either']).role).toBe('termination-for-convenience');
    expect(decide(model, ['bias', 'cue=cure-words', 'agent=one-party']).role).toBe('termination-for-cause');
    expect(decide(model, ['bias', 'agent=either']).role).toBe('not-a-right');
  });

  it('explains a decision by the feature that made it', () => {
    const model = fitRoleModel(examples, ROLES);
    expect(explain(model, ['bias', 'cue=cure-words', 'agent=either'], 'termination-for-cause')[0]?.feature).toBe('cue=cure-words');
  });

  it('drops features seen in fewer examples than the minimum', () => {
    const model = fitRoleModel([...examples, { features: ['bias', 'once-only'], role: 'not-a-right' }], ROLES, DEFAULT_FIT);
    for (const role of ROLES) expect(model.weights[role]?.['once-only']).toBeUndefined();
  });
});
