/**
 * Issues a presigned S3 PUT for a new document of a contract. The URL is bound to the key, the content type
 * and the declared size (Content-Length is a signed header, so S3 refuses any other body length and no
 * upload bypasses the limit); ingest enforces the size limit again on arrival.
 */
import { randomUUID } from 'node:crypto';
import { NoticeCheckError } from '../errors.ts';
import { buildObjectKey } from './object-key.ts';
import type { BaseDeps, ContractRepository, ObjectStore } from './ports.ts';
import type { UploadKind } from './records.ts';

export interface UploadDeps extends BaseDeps {
  contracts: ContractRepository;
  objects: ObjectStore;
}

export interface UploadRequest {
  kind: UploadKind;
  fileName: string;
  contentType: string;
  /** Bytes; required so the upload URL can sign it. */
  contentLength: number;
}

export interface UploadTicket {
  documentId: string;
  uploadUrl: string;
  expiresAt: string;
}

export async function createUpload(deps: UploadDeps, tenantId: string, contractId: string, request: UploadRequest): Promise<UploadTicket> {
  const { maxUploadBytes, uploadUrlTtlSeconds } = deps.config;
  if (request.contentLength > maxUploadBytes) {
    throw new NoticeCheckError('TOO_LARGE', `contentLength ${request.contentLength} exceeds the limit of ${maxUploadBytes} bytes`, {
      details: { limit: maxUploadBytes },
    });
  }
  const documentId = randomUUID();
  const key = buildObjectKey({ tenantId, contractId, kind: request.kind, documentId, fileName: request.fileName });
  const now = deps.clock.now();
  await deps.contracts.ensureContract(tenantId, contractId, now.toISOString());
  // Taken when the upload is requested, so two uploads made back to back keep their order (upload-order.ts).
  const uploadSequence = await deps.contracts.nextUploadSequence(tenantId, contractId);
  await deps.contracts.putDocument({
    tenantId,
    contractId,
    documentId,
    kind: request.kind,
    fileName: request.fileName,
    contentType: request.contentType,
    status: 'PENDING',
    errorCode: null,
    errorMessage: null,
    objectKey: key,
    version: null,
    contentHash: null,
    size: request.contentLength,
    uploadedAt: null,
    uploadSequence,
    processedAt: null,
    createdAt: now.toISOString(),
  });
  const uploadUrl = await deps.objects.presignPut({
    key,
    contentType: request.contentType,
    contentLength: request.contentLength,
    expiresInSeconds: uploadUrlTtlSeconds,
  });
  return { documentId, uploadUrl, expiresAt: new Date(now.getTime() + uploadUrlTtlSeconds * 1000).toISOString() };
}
