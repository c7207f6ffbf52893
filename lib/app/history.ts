/** A contract's history: every review decision and every deadline the system proposed, oldest first. */
import type { QueryDeps } from './contract-queries.ts';
import type { ReviewDeps } from './review-deadline.ts';
import type { HistoryEntry } from './review-records.ts';

export type HistoryView = Omit<HistoryEntry, 'tenantId' | 'contractId'>;

/**
 * null when the contract does not exist for this tenant.
 * @example await listHistory(deps, 'acme', 'hosting') // [{ at, by: 'system', action: 'proposed', deadlineId, to: '2026-03-02' }, …]
 */
export async function listHistory(deps: QueryDeps & ReviewDeps, tenantId: string, contractId: string): Promise<HistoryView[] | null> {
  if (!(await deps.contracts.getContract(tenantId, contractId))) return null;
  const entries = await deps.reviews.listHistory(tenantId, contractId);
  // The key sorts by instant already; the explicit sort keeps that promise whatever the store returns.
  return entries.map(({ tenantId: _t, contractId: _c, ...view }) => view).sort((a, b) => a.at.localeCompare(b.at));
}
