/**
 * Labels the role candidates of a pool contract from CUAD's answer spans. CUAD labels termination
 * for convenience (a Yes/No with spans), renewal terms and non-renewal notices; it has no category
 * for cure periods, immediate termination or suspension. So:
 * - a convenience (or unproposed) candidate inside a convenience span is convenience; in a contract
 *   CUAD says has no convenience right, it is no right; otherwise (a Yes contract, outside the
 *   spans, which are often incomplete) it is left out;
 * - a non-renewal or extension candidate inside a renewal or non-renewal span keeps its role; a
 *   non-renewal candidate in a contract with neither span (and outside any convenience span) is no
 *   right; otherwise it is left out;
 * - cure, immediate and suspension candidates keep the pattern layer's reading (silver labels): the
 *   figures for those roles measure agreement with the patterns, not with CUAD.
 */
import type { RoleCandidate } from '../../lib/contract/provisions/candidates.ts';
import type { Role } from '../../lib/contract/classifier/roles.ts';
import { overlaps, type PoolContract } from './pool.ts';

export function labelOf(candidate: RoleCandidate, contract: PoolContract): Role | null {
  const { start, end } = candidate.provision;
  const convenienceContract = /^yes/i.test(contract.tfc.answer.trim());
  const inConvenience = overlaps(contract.tfc.spans, start, end);
  const renewalSpans = [...contract.renewalTerm, ...contract.nonRenewal];
  const inRenewal = overlaps(renewalSpans, start, end);
  switch (candidate.proposed) {
    case 'termination-for-convenience':
    case 'none':
      if (inConvenience) return 'termination-for-convenience';
      if (inRenewal) return null;
      return convenienceContract ? null : 'not-a-right';
    case 'non-renewal':
      if (inRenewal) return 'non-renewal';
      return renewalSpans.length === 0 && !inConvenience ? 'not-a-right' : null;
    case 'extension-notice':
      return inRenewal ? 'extension-notice' : null;
    case 'termination-for-cause':
    case 'immediate-termination':
    case 'suspension':
      return candidate.proposed;
    default:
      return null;
  }
}
