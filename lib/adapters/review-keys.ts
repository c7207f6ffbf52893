/**
 * Keys of the review step's items (see docs/access-patterns.md for the table's other keys). Reviews and
 * history live in the contract's partition; settings beside the tenant's contract summaries; feeds in a
 * partition of the tenant and, for the token lookup, in a partition of their own named by the token's hash.
 */
import { createHash } from 'node:crypto';
import { keys } from './keys.ts';

/** A subject may hold any character (`@`, `#`, `|`): hashed, it can never address another key. */
export const ownerKey = (owner: string): string => createHash('sha256').update(owner).digest('hex').slice(0, 32);

export const reviewKeys = {
  review: (tenantId: string, contractId: string, deadlineId: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `REVIEW#${deadlineId}`,
  }),
  /** Sorted by time; the suffix makes lines of the same instant distinct and a retried write idempotent. */
  history: (tenantId: string, contractId: string, at: string, suffix: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `HISTORY#${at}#${suffix}`,
  }),
  settings: (tenantId: string) => ({ pk: keys.tenant(tenantId), sk: 'SETTINGS' }),
  feeds: (tenantId: string) => `TENANT#${tenantId}#FEEDS`,
  feed: (tenantId: string, owner: string, feedId: string) => ({ pk: reviewKeys.feeds(tenantId), sk: `FEED#${ownerKey(owner)}#${feedId}` }),
  feedToken: (tokenHash: string) => ({ pk: `FEEDTOKEN#${tokenHash}`, sk: 'FEEDTOKEN' }),
  prefix: { review: 'REVIEW#', history: 'HISTORY#', feedsOf: (owner: string) => `FEED#${ownerKey(owner)}#` },
} as const;
