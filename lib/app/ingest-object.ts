/**
 * Ingests one uploaded object (S3 ObjectCreated): checks its size before downloading, extracts and analyses
 * it, stores the document and re-derives the contract's verdicts and deadlines.
 *
 * S3 delivers at least once, so the object version is claimed with a conditional write: a replay of a
 * finished version is a no-op, and a concurrent delivery of a version being processed fails with TRANSIENT
 * so that Lambda retries it later (by then it is a no-op). The claim is marked DONE only after the verdicts,
 * deadlines and alerts are written; until then a retry of the same version re-derives them, whatever the
 * document record already says, and a lease left by a crashed attempt expires. Unreadable files are stored FAILED with their
 * code and complete normally — they would fail the same way on every retry. Other errors release the
 * claim and propagate: Lambda retries, then the event lands in the dead-letter queue.
 *
 * A multi-page scan whose Textract job outlives the hand-off time (OCR_PENDING) is neither finished nor
 * failed: the document stays PENDING with its job recorded, the claim is handed back uncounted and the
 * invocation succeeds; the job's completion runs this same use case again (lib/app/ocr-resume.ts).
 */
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../errors.ts';
import { NoticeCheckError, isNoticeCheckError } from '../errors.ts';
import { applyEnvelope } from '../letter/envelope.ts';
import { handedOffDocument, ocrJobOf } from './ocr-hand-off.ts';
import { parseObjectKey } from './object-key.ts';
import type { DocumentTextStore, DomainPort, ObjectStore } from './ports.ts';
import type { DocumentRecord } from './records.ts';
import { refreshContract, type RefreshDeps } from './refresh-contract.ts';
import { isOlderVersion } from './upload-order.ts';

export interface IngestDeps extends RefreshDeps {
  objects: ObjectStore;
  domain: DomainPort;
  /** Keeps the extracted text for the web app's document view; optional so a deployment may go without. */
  texts?: DocumentTextStore;
}

export interface IngestInput {
  key: string;
  versionId?: string | null;
  etag?: string | null;
  /** The S3 event's `sequencer`: orders two versions of this key when their LastModified second ties. */
  sequencer?: string | null;
}

export type IngestOutcome =
  | { outcome: 'processed' | 'failed'; documentId: string; errorCode?: ErrorCode }
  | { outcome: 'duplicate' | 'superseded'; documentId: string }
  /** Its scanned pages are still being read by this OCR job; the job's completion resumes it. */
  | { outcome: 'handed-off'; documentId: string; jobId: string }
  | { outcome: 'ignored'; reason: string };

/** Document errors: the file itself is unreadable, so retrying cannot help. */
const PERMANENT: ReadonlySet<ErrorCode> = new Set([
  'EMPTY_FILE',
  'NOT_A_PDF',
  'CORRUPT_PDF',
  'ENCRYPTED_PDF',
  'NO_TEXT',
  'TOO_LARGE',
  'TOO_COMPLEX',
  'TIMEOUT',
  'UNSUPPORTED_TYPE',
  'INVALID_INPUT',
  // Textract's own verdict on a finished job: reading the same pages again gives the same answer.
  'OCR_FAILED',
]);

/**
 * Longer than the ingest function's timeout (60 s in serverless.yml, checked by the template test), so a live
 * invocation is never overtaken; short enough that Lambda's first retry (about a minute after a timed-out
 * attempt) finds the lease expired.
 */
export const INGEST_LEASE_SECONDS = 75;

/** Lambda's attempts at an asynchronous event: the first and `maximumRetryAttempts: 2` (serverless.yml). */
export const INGEST_ATTEMPTS = 3;

/**
 * A document whose stored state is final for its version: processed, or failed for a reason in the file
 * itself. A document failed for any other reason (every attempt failed, or it went stale) is processed again
 * when its event is replayed from the dead-letter queue.
 */
const isSettled = (d: DocumentRecord): boolean =>
  d.status === 'PROCESSED' || (d.status === 'FAILED' && d.errorCode !== null && PERMANENT.has(d.errorCode));

export async function ingestObject(deps: IngestDeps, input: IngestInput): Promise<IngestOutcome> {
  const parts = parseObjectKey(input.key);
  if (!parts) return { outcome: 'ignored', reason: 'key does not follow tenants/{tenant}/contracts/{contract}/{kind}/{document}/{file}' };
  const { tenantId, contractId, documentId } = parts;
  const head = await deps.objects.head(input.key, input.versionId);
  if (!head) return { outcome: 'ignored', reason: 'object no longer exists' };
  const version = head.versionId ?? input.versionId ?? head.etag ?? input.etag ?? head.lastModified ?? 'unversioned';
  const now = deps.clock.now().toISOString();

  const claim = await deps.contracts.claimIngest(tenantId, contractId, documentId, version, now, INGEST_LEASE_SECONDS);
  if (claim === 'done') return { outcome: 'duplicate', documentId };
  if (claim === 'busy')
    throw new NoticeCheckError('TRANSIENT', `Document ${documentId} version ${version} is being processed by another invocation`);

  try {
    const outcome = await processClaimed(deps, input, parts, head, version, now);
    if (outcome.outcome === 'handed-off') await deps.contracts.handOffIngest(tenantId, contractId, documentId, version);
    else await deps.contracts.completeIngest(tenantId, contractId, documentId, version, deps.clock.now().toISOString());
    return outcome;
  } catch (error) {
    const attempts = await deps.contracts.releaseIngest(tenantId, contractId, documentId, version);
    if (attempts >= INGEST_ATTEMPTS) await markFailed(deps, parts, input.key, version, error, attempts);
    throw error;
  }
}

/**
 * The last attempt failed too: the document is shown FAILED with the reason rather than waiting forever, and
 * the event still goes to the dead-letter queue, from which a replay processes it again. A version that
 * replaces a processed one leaves that one in place: the contract keeps the analysis it had.
 */
async function markFailed(
  deps: IngestDeps,
  parts: NonNullable<ReturnType<typeof parseObjectKey>>,
  key: string,
  version: string,
  error: unknown,
  attempts: number,
): Promise<void> {
  const { tenantId, contractId, documentId, kind, fileName } = parts;
  const existing = await deps.contracts.getDocument(tenantId, contractId, documentId);
  if (existing && existing.status === 'PROCESSED') return;
  const now = deps.clock.now().toISOString();
  const code = isNoticeCheckError(error) && error.code !== 'TRANSIENT' ? error.code : 'PROCESSING_FAILED';
  await deps.contracts.putDocument({
    tenantId,
    contractId,
    documentId,
    kind,
    fileName,
    contentType: null,
    objectKey: key,
    contentHash: null,
    size: null,
    uploadedAt: null,
    createdAt: now,
    ...existing,
    version,
    status: 'FAILED',
    errorCode: code,
    errorMessage:
      code === 'PROCESSING_FAILED'
        ? `The document could not be processed after ${attempts} attempts. The operators have been alerted and will retry it; you may also upload it again.`
        : isNoticeCheckError(error)
          ? error.message
          : 'The document could not be processed.',
    processedAt: now,
  });
}

async function processClaimed(
  deps: IngestDeps,
  input: IngestInput,
  parts: NonNullable<ReturnType<typeof parseObjectKey>>,
  head: NonNullable<Awaited<ReturnType<ObjectStore['head']>>>,
  version: string,
  now: string,
): Promise<IngestOutcome> {
  const { tenantId, contractId, documentId, kind, fileName } = parts;
  const key = input.key;
  const sequencer = input.sequencer ?? null;
  const existing = await deps.contracts.getDocument(tenantId, contractId, documentId);
  if (existing && isSettled(existing)) {
    // The claim was not DONE, so an earlier attempt stored this version and stopped before its verdicts,
    // deadlines and alerts were all written (or before it could record that they were): derive them again.
    if (existing.version === version) return rederive(deps, existing, now);
    // An older version delivered late must not overwrite the newer one.
    if (isOlderVersion(existing, { sequencer, lastModified: head.lastModified })) return { outcome: 'superseded', documentId };
  }
  await deps.contracts.ensureContract(tenantId, contractId, now);
  // A document uploaded without an upload request (no record yet) is sequenced when it first arrives.
  const uploadSequence = existing?.uploadSequence ?? (await deps.contracts.nextUploadSequence(tenantId, contractId));
  const base: DocumentRecord = {
    tenantId,
    contractId,
    documentId,
    kind,
    fileName,
    contentType: head.contentType,
    status: 'PROCESSED',
    errorCode: null,
    errorMessage: null,
    objectKey: key,
    version,
    contentHash: null,
    size: head.size,
    uploadedAt: head.lastModified,
    uploadSequence,
    sequencer,
    processedAt: now,
    createdAt: existing?.createdAt ?? now,
  };
  let contentHash: string | null = null;
  const fail = async (error: NoticeCheckError): Promise<IngestOutcome> => {
    await deps.contracts.putDocument({ ...base, contentHash, status: 'FAILED', errorCode: error.code, errorMessage: error.message });
    await refreshContract(deps, tenantId, contractId, { now });
    return { outcome: 'failed', documentId, errorCode: error.code };
  };

  const maxBytes = deps.config.maxUploadBytes;
  if (head.size > maxBytes) {
    return fail(
      new NoticeCheckError('TOO_LARGE', `The file is ${head.size} bytes; the limit is ${maxBytes} bytes`, {
        details: { size: head.size, limit: maxBytes },
      }),
    );
  }
  const bytes = await deps.objects.getBytes(key, head.versionId);
  contentHash = createHash('sha256').update(bytes).digest('hex');
  if (existing && isSettled(existing) && existing.contentHash === contentHash) {
    // Same bytes under a new version: the analysis stands, so only the version is remembered. The refresh
    // still runs (re-judging nothing that is up to date): the earlier version may have stopped halfway.
    const { ocrJob: _handedOff, ...settled } = existing;
    await deps.contracts.putDocument({ ...settled, version, sequencer, uploadedAt: head.lastModified ?? existing.uploadedAt });
    await refreshContract(deps, tenantId, contractId, { now });
    return { outcome: 'duplicate', documentId };
  }
  try {
    const text = await deps.domain.extractText(bytes, { fileName, contentType: head.contentType ?? undefined, maxBytes });
    const document: DocumentRecord = { ...base, contentHash };
    if (kind === 'agreement') document.agreement = deps.domain.analyzeAgreement(text);
    else document.letter = applyEnvelope(deps.domain.analyzeLetter(text), text);
    await deps.texts?.put(tenantId, contractId, documentId, text);
    await deps.contracts.putDocument(document);
  } catch (error) {
    if (isNoticeCheckError(error) && PERMANENT.has(error.code)) return fail(error);
    if (isNoticeCheckError(error) && error.code === 'OCR_PENDING') {
      const job = ocrJobOf(error, { version, versionId: head.versionId ?? input.versionId ?? null, sequencer, at: now });
      await deps.contracts.putDocument(handedOffDocument({ ...base, contentHash }, existing, job));
      return { outcome: 'handed-off', documentId, jobId: job.jobId };
    }
    throw error;
  }
  await refreshContract(deps, tenantId, contractId, { now, changedDocumentId: documentId });
  return { outcome: 'processed', documentId };
}

/** Completes a version whose document is stored: the refresh re-judges its letter and rewrites deadlines and alerts. */
async function rederive(deps: IngestDeps, existing: DocumentRecord, now: string): Promise<IngestOutcome> {
  const { tenantId, contractId, documentId } = existing;
  await refreshContract(deps, tenantId, contractId, { now, changedDocumentId: documentId });
  const stored = await deps.contracts.getDocument(tenantId, contractId, documentId);
  if (stored?.status === 'FAILED') return { outcome: 'failed', documentId, ...(stored.errorCode ? { errorCode: stored.errorCode } : {}) };
  return { outcome: 'processed', documentId };
}
