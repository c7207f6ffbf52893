/** The tenant's settings of the review step. */
import type { ReviewDeps } from './review-deadline.ts';
import type { TenantSettings } from './review-records.ts';

/** @example await getSettings(deps, 'acme') // { autoConfirmDeadlines: false } until changed */
export function getSettings(deps: ReviewDeps, tenantId: string): Promise<TenantSettings> {
  return deps.reviews.getSettings(tenantId);
}

/**
 * Applies to deadlines computed from now on; deadlines already proposed stay proposed until someone reviews them
 * (turning auto-confirm on must not confirm, unseen, dates nobody looked at).
 * @example await putSettings(deps, 'acme', { autoConfirmDeadlines: true }) // { autoConfirmDeadlines: true }
 */
export async function putSettings(deps: ReviewDeps, tenantId: string, settings: TenantSettings): Promise<TenantSettings> {
  await deps.reviews.putSettings(tenantId, settings);
  return settings;
}
