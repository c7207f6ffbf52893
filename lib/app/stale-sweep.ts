/**
 * The stale sweep: a document still PENDING long after its upload was requested will never be processed —
 * the file never arrived, or every ingest attempt died without recording an end — so it is marked FAILED
 * with `STALE`, and the user is told to upload it again instead of waiting forever.
 */
import type { ErrorCode } from '../errors.ts';

/** A PENDING document as the sweep finds it. */
export interface PendingDocumentRef {
  tenantId: string;
  contractId: string;
  documentId: string;
  /** When its upload was requested (ISO 8601). */
  createdAt: string;
}

export interface PendingDocuments {
  /** PENDING documents whose upload was requested before `before`, oldest first, at most `limit`. */
  listPendingBefore(before: string, limit: number): Promise<PendingDocumentRef[]>;
  /**
   * PENDING → FAILED with this code and message, as one conditional write: false (and nothing written) when
   * the document is no longer PENDING, because an ingest finished it meanwhile.
   */
  failIfPending(document: PendingDocumentRef, failure: { code: ErrorCode; message: string; at: string }): Promise<boolean>;
}

export interface StaleSweepDeps {
  pending: PendingDocuments;
}

/**
 * Lambda retries an S3 event for up to 6 hours (the ingest function's maximumEventAge) after an upload URL
 * that lives up to 15 minutes by default: after 7 hours no attempt can still be coming.
 */
export const DEFAULT_STALE_AFTER_HOURS = 7;
/** Bounds one run; the next run takes the rest. */
export const DEFAULT_SWEEP_LIMIT = 500;

export const STALE_MESSAGE = 'This upload was never processed (the file did not arrive, or reading it never finished); upload it again.';

export interface StaleSweepReport {
  /** Documents requested before this moment and still PENDING were stale. */
  cutoff: string;
  found: number;
  markedFailed: number;
  /** Found stale but finished by an ingest before the sweep's write: left as the ingest stored them. */
  finishedMeanwhile: number;
}

/**
 * Marks every document PENDING for longer than `staleAfterHours` FAILED with `STALE`.
 * @example
 * await sweepStalePending(deps, { now: new Date('2026-05-04T12:00:00Z'), staleAfterHours: 7 })
 * // { cutoff: '2026-05-04T05:00:00.000Z', found: 1, markedFailed: 1, finishedMeanwhile: 0 }
 */
export async function sweepStalePending(
  deps: StaleSweepDeps,
  options: { now: Date; staleAfterHours?: number; limit?: number },
): Promise<StaleSweepReport> {
  const hours = options.staleAfterHours ?? DEFAULT_STALE_AFTER_HOURS;
  const cutoff = new Date(options.now.getTime() - hours * 3_600_000).toISOString();
  const stale = await deps.pending.listPendingBefore(cutoff, options.limit ?? DEFAULT_SWEEP_LIMIT);
  const at = options.now.toISOString();
  let markedFailed = 0;
  for (const document of stale) {
    if (await deps.pending.failIfPending(document, { code: 'STALE', message: STALE_MESSAGE, at })) markedFailed += 1;
  }
  return { cutoff, found: stale.length, markedFailed, finishedMeanwhile: stale.length - markedFailed };
}
