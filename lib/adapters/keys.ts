/**
 * Every key of the table, built in one place (see docs/access-patterns.md). Ids are validated before they
 * reach a key so that no caller can smuggle a `#` and address another tenant's partition.
 */
import { NoticeCheckError } from '../errors.ts';

export const GSI_ALERTS = 'gsi1';
export const GSI_TENANT_DEADLINES = 'gsi2';
/** Sparse: only documents still PENDING carry its keys, so the stale sweep reads them without a scan. */
export const GSI_PENDING_DOCUMENTS = 'gsi3';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Tenant, contract and document ids: letters, digits, `_ . -`, at most 128 characters. */
export function assertId(value: string, what: string): string {
  if (!ID.test(value)) {
    throw new NoticeCheckError('INVALID_INPUT', `${what} must be 1-128 letters, digits, '_', '.' or '-'`, { details: { field: what } });
  }
  return value;
}

export const isValidId = (value: string): boolean => ID.test(value);

export const keys = {
  tenant: (tenantId: string) => `TENANT#${tenantId}`,
  contractPartition: (tenantId: string, contractId: string) => `TENANT#${tenantId}#CONTRACT#${contractId}`,
  contractSummary: (tenantId: string, contractId: string) => ({ pk: keys.tenant(tenantId), sk: `CONTRACT#${contractId}` }),
  document: (tenantId: string, contractId: string, documentId: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `DOC#${documentId}`,
  }),
  verdict: (tenantId: string, contractId: string, letterDocumentId: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `VERDICT#${letterDocumentId}`,
  }),
  deadline: (tenantId: string, contractId: string, deadlineId: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `DEADLINE#${deadlineId}`,
  }),
  deadlineByDate: (tenantId: string, contractId: string, deadlineId: string, date: string) => ({
    gsi2pk: `TENANT#${tenantId}#DEADLINES`,
    gsi2sk: `${date}#${contractId}#${deadlineId}`,
  }),
  tenantDeadlines: (tenantId: string) => `TENANT#${tenantId}#DEADLINES`,
  alert: (tenantId: string, contractId: string, deadlineId: string, offset: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `ALERT#${deadlineId}#${offset}`,
  }),
  /** Alerts are bucketed by the UTC day they fall due; the sort key starts with the instant. */
  alertDue: (dueAt: string, tenantId: string, contractId: string, deadlineId: string, offset: string) => ({
    gsi1pk: keys.dueBucket(dueAt.slice(0, 10)),
    gsi1sk: `${dueAt}#${tenantId}#${contractId}#${deadlineId}#${offset}`,
  }),
  dueBucket: (utcDay: string) => `DUE#${utcDay}`,
  /** A PENDING document, sorted by when its upload was requested (lib/app/stale-sweep.ts). */
  pendingDocument: (createdAt: string, tenantId: string, contractId: string, documentId: string) => ({
    gsi3pk: keys.pendingPartition,
    gsi3sk: `${createdAt}#${tenantId}#${contractId}#${documentId}`,
  }),
  pendingPartition: 'PENDING',
  ingest: (tenantId: string, contractId: string, documentId: string, version: string) => ({
    pk: keys.contractPartition(tenantId, contractId),
    sk: `INGEST#${documentId}#${version}`,
  }),
  /** The per-contract counter of upload requests (lib/app/upload-order.ts). */
  uploadCounter: (tenantId: string, contractId: string) => ({ pk: keys.contractPartition(tenantId, contractId), sk: 'UPLOADS' }),
  prefix: { contract: 'CONTRACT#', document: 'DOC#', verdict: 'VERDICT#', deadline: 'DEADLINE#', alert: 'ALERT#' },
} as const;
