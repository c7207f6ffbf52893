/**
 * The bucket's key layout: tenants/{tenantId}/contracts/{contractId}/{agreement|letter}/{documentId}/{fileName}.
 * The tenant is part of the key, so ingest knows whose document it is without trusting the file.
 */
import { isValidId } from '../adapters/keys.ts';
import { NoticeCheckError } from '../errors.ts';
import type { UploadKind } from './records.ts';

export interface ObjectKeyParts {
  tenantId: string;
  contractId: string;
  kind: UploadKind;
  documentId: string;
  fileName: string;
}

const LAYOUT = /^tenants\/([^/]+)\/contracts\/([^/]+)\/(agreement|letter)\/([^/]+)\/([^/]+)$/;

/**
 * The object key of an S3 event record (URL-encoded, '+' for spaces); null when it is not valid
 * percent-encoding, so that one such record is set aside rather than failing its whole event.
 * @example decodeEventKey('tenants/acme/contracts/c1/letter/d1/Notice+%28final%29.pdf') // 'tenants/acme/contracts/c1/letter/d1/Notice (final).pdf'
 * @example decodeEventKey('tenants/acme/%E0%A4%A') // null
 */
export function decodeEventKey(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** @example parseObjectKey('tenants/acme/contracts/c1/letter/d1/notice.pdf')?.kind // 'letter' */
export function parseObjectKey(key: string): ObjectKeyParts | null {
  const match = LAYOUT.exec(key);
  if (!match) return null;
  const [, tenantId = '', contractId = '', kind, documentId = '', fileName = ''] = match;
  if (![tenantId, contractId, documentId].every(isValidId) || !isValidFileName(fileName)) return null;
  return { tenantId, contractId, kind: kind as UploadKind, documentId, fileName };
}

export function buildObjectKey(parts: ObjectKeyParts): string {
  if (!isValidFileName(parts.fileName)) {
    throw new NoticeCheckError('INVALID_INPUT', 'fileName must be 1-200 characters without slashes or control characters', {
      details: { field: 'fileName' },
    });
  }
  return `tenants/${parts.tenantId}/contracts/${parts.contractId}/${parts.kind}/${parts.documentId}/${parts.fileName}`;
}

export function isValidFileName(fileName: string): boolean {
  // eslint-disable-next-line no-control-regex
  return (
    fileName.length > 0 && fileName.length <= 200 && !/[/\\\u0000-\u001f\u007f]/.test(fileName) && fileName !== '.' && fileName !== '..'
  );
}
