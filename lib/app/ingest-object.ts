/**
 * Ingests one uploaded object (S3 ObjectCreated): checks its size before downloading, extracts and analyses
 * it, stores the document and re-derives the contract's verdicts and deadlines.
 *
 * S3 delivers at least once, so the object version is claimed with a conditional write: a replay of a
 * finished version is a no-op, and a concurrent delivery of a version being processed fails with TRANSIENT
 * so that Lambda retries it later (by then it is a no-op). Unreadable files are stored FAILED with their
 * code and complete normally — they would fail the same way on every retry. Other errors release the
 * claim and propagate: Lambda retries, then the event lands in the dead-letter queue.
 */
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../errors.ts';
import { NoticeCheckError, isNoticeCheckError } from '../errors.ts';
import { applyEnvelope } from '../letter/envelope.ts';
import { parseObjectKey } from './object-key.ts';
import type { DocumentTextStore, DomainPort, ObjectStore } from './ports.ts';
import type { DocumentRecord } from './records.ts';
import { refreshContract, type RefreshDeps } from './refresh-contract.ts';

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
}

export type IngestOutcome =
  | { outcome: 'processed' | 'failed'; documentId: string; errorCode?: ErrorCode }
  | { outcome: 'duplicate' | 'superseded'; documentId: string }
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
]);

/**
 * Longer than the ingest function's timeout (60 s in serverless.yml, checked by the template test), so a live
 * invocation is never overtaken; short enough that Lambda's first retry (about a minute after a timed-out
 * attempt) finds the lease expired.
 */
export const INGEST_LEASE_SECONDS = 75;

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
    const outcome = await processClaimed(deps, input.key, parts, head, version, now);
    await deps.contracts.completeIngest(tenantId, contractId, documentId, version, deps.clock.now().toISOString());
    return outcome;
  } catch (error) {
    await deps.contracts.releaseIngest(tenantId, contractId, documentId, version);
    throw error;
  }
}

async function processClaimed(
  deps: IngestDeps,
  key: string,
  parts: NonNullable<ReturnType<typeof parseObjectKey>>,
  head: NonNullable<Awaited<ReturnType<ObjectStore['head']>>>,
  version: string,
  now: string,
): Promise<IngestOutcome> {
  const { tenantId, contractId, documentId, kind, fileName } = parts;
  const existing = await deps.contracts.getDocument(tenantId, contractId, documentId);
  if (existing && existing.status !== 'PENDING') {
    if (existing.version === version) return { outcome: 'duplicate', documentId };
    // An older version delivered late must not overwrite the newer one.
    if (existing.uploadedAt && head.lastModified && existing.uploadedAt > head.lastModified) return { outcome: 'superseded', documentId };
  }
  await deps.contracts.ensureContract(tenantId, contractId, now);
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
  if (existing && existing.status !== 'PENDING' && existing.contentHash === contentHash) {
    // Same bytes under a new version: nothing to re-derive, only remember the version.
    await deps.contracts.putDocument({ ...existing, version, uploadedAt: head.lastModified ?? existing.uploadedAt });
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
    throw error;
  }
  await refreshContract(deps, tenantId, contractId, { now, changedDocumentId: documentId });
  return { outcome: 'processed', documentId };
}
