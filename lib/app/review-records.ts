/**
 * What the review step stores: each deadline's review (kept apart from the deadline item, which every refresh
 * rewrites, so that a person's decision survives re-ingest), the append-only history of a contract, the
 * tenant's settings and the calendar feeds.
 */
import type { DeadlineKind } from '../domain/types.ts';
import type { DeadlineReview } from './records.ts';

export interface StoredReview extends DeadlineReview {
  tenantId: string;
  contractId: string;
  deadlineId: string;
  /** The computed deadline the review was about: a new agreement version is matched on these two. */
  kind: DeadlineKind;
  computedDate: string;
}

export type HistoryAction = 'proposed' | 'auto-confirmed' | 'carried-over' | 'confirm' | 'correct' | 'dismiss';

/** One line of a contract's history; `from`/`to` are the deadline's dates before and after the change. */
export interface HistoryEntry {
  tenantId: string;
  contractId: string;
  at: string;
  by: string;
  action: HistoryAction;
  deadlineId?: string;
  from?: string;
  to?: string;
  reason?: string;
}

export interface TenantSettings {
  autoConfirmDeadlines: boolean;
}

export const DEFAULT_SETTINGS: TenantSettings = { autoConfirmDeadlines: false };

export interface FeedRecord {
  tenantId: string;
  /** The token's owner (the JWT subject): feeds are listed and revoked per user. */
  owner: string;
  feedId: string;
  /** SHA-256 of the secret token, hex: the token itself is never stored. */
  tokenHash: string;
  createdAt: string;
}
