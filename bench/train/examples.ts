/**
 * The labelled examples of the training pool: every role candidate the pattern layer proposes in
 * each contract, with its features, its label (labels.ts) and its contract's fold group.
 */
import { findParties } from '../../lib/contract/parties.ts';
import { pageLocator } from '../../lib/contract/pages.ts';
import { provisionCandidates, type RoleCandidate } from '../../lib/contract/provisions/candidates.ts';
import { buildOutline } from '../../lib/contract/sections.ts';
import type { Example } from '../../lib/contract/classifier/fit.ts';
import { labelOf } from './labels.ts';
import type { PoolContract } from './pool.ts';

export interface GroupedExample extends Example {
  group: string;
  contract: string;
  proposed: RoleCandidate['proposed'];
}

export function poolExamples(pool: readonly PoolContract[]): { examples: GroupedExample[]; unlabelled: number } {
  const examples: GroupedExample[] = [];
  let unlabelled = 0;
  for (const contract of pool) {
    const outline = buildOutline(contract.text);
    const context = { sectionAt: outline.sectionAt, pageAt: pageLocator([0]), parties: findParties(contract.text) };
    for (const candidate of provisionCandidates(contract.text, context).roles) {
      const role = labelOf(candidate, contract);
      if (role === null) {
        unlabelled += 1;
        continue;
      }
      examples.push({ features: candidate.features, role, group: contract.group, contract: contract.id, proposed: candidate.proposed });
    }
  }
  return { examples, unlabelled };
}
