/** Read models of the API: contracts, one contract in full, its verdicts, a tenant's deadlines. */
import type { AgreementAnalysis, Deadline, Verdict } from '../domain/types.ts';
import { reviewOf } from './deadline-review.ts';
import type { BaseDeps, ContractRepository } from './ports.ts';
import type { ContractSummary, DeadlineRecord, DeadlineReview, DocumentRecord, Page } from './records.ts';

export interface QueryDeps extends BaseDeps {
  contracts: ContractRepository;
}

export type DocumentView = Pick<
  DocumentRecord,
  | 'documentId'
  | 'kind'
  | 'fileName'
  | 'contentType'
  | 'status'
  | 'errorCode'
  | 'errorMessage'
  | 'size'
  | 'uploadedAt'
  | 'processedAt'
  | 'createdAt'
>;

export interface ContractView extends ContractSummary {
  agreement: (Omit<AgreementAnalysis, 'kind'> & { documentId: string }) | null;
  deadlines: DeadlineView[];
  documents: DocumentView[];
}

export type DeadlineView = Deadline & {
  contractId: string;
  deadlineId: string;
  status: DeadlineRecord['status'];
  sourceDocumentId: string;
  /** Whether a person confirmed, corrected or dismissed it (lib/app/deadline-review.ts). */
  review: DeadlineReview;
};
export type VerdictView = Verdict & { letterDocumentId: string; computedAt: string };

export const MAX_PAGE = 100;

export function listContracts(
  deps: QueryDeps,
  tenantId: string,
  options: { limit?: number; cursor?: string | null },
): Promise<Page<ContractSummary>> {
  return deps.contracts.listContracts(tenantId, { limit: Math.min(options.limit ?? 25, MAX_PAGE), cursor: options.cursor ?? null });
}

/** null when the contract does not exist for this tenant (another tenant's contract is simply not there). */
export async function getContract(deps: QueryDeps, tenantId: string, contractId: string): Promise<ContractView | null> {
  const summary = await deps.contracts.getContract(tenantId, contractId);
  if (!summary) return null;
  const { documents, deadlines } = await deps.contracts.getContractItems(tenantId, contractId);
  const agreementDoc = documents.find((d) => d.documentId === summary.agreementDocumentId);
  const agreement = agreementDoc?.agreement
    ? (({ kind: _kind, ...rest }) => ({ documentId: agreementDoc.documentId, ...rest }))(agreementDoc.agreement)
    : null;
  return {
    ...summary,
    agreement,
    deadlines: deadlines.map(toDeadlineView).sort((a, b) => a.date.localeCompare(b.date)),
    documents: documents.map(toDocumentView).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
}

export async function listVerdicts(deps: QueryDeps, tenantId: string, contractId: string): Promise<VerdictView[] | null> {
  const summary = await deps.contracts.getContract(tenantId, contractId);
  if (!summary) return null;
  const { verdicts } = await deps.contracts.getContractItems(tenantId, contractId);
  return verdicts
    .sort((a, b) => a.computedAt.localeCompare(b.computedAt) || a.letterDocumentId.localeCompare(b.letterDocumentId))
    .map((v) => ({ ...v.verdict, letterDocumentId: v.letterDocumentId, computedAt: v.computedAt }));
}

/** Deadlines whose last day is between `from` and `to` (YYYY-MM-DD, inclusive). */
export async function listDeadlines(deps: QueryDeps, tenantId: string, window: { from: string; to: string }): Promise<DeadlineView[]> {
  return (await deps.contracts.listTenantDeadlines(tenantId, window.from, window.to)).map(toDeadlineView);
}

export function toDeadlineView(d: DeadlineRecord): DeadlineView {
  return {
    kind: d.kind,
    date: d.date,
    at: d.at,
    zone: d.zone,
    section: d.section,
    ...(d.text === undefined ? {} : { text: d.text }),
    contractId: d.contractId,
    deadlineId: d.deadlineId,
    status: d.status,
    sourceDocumentId: d.sourceDocumentId,
    review: reviewOf(d),
  };
}

function toDocumentView(d: DocumentRecord): DocumentView {
  return {
    documentId: d.documentId,
    kind: d.kind,
    fileName: d.fileName,
    contentType: d.contentType,
    status: d.status,
    errorCode: d.errorCode,
    errorMessage: d.errorMessage,
    size: d.size,
    uploadedAt: d.uploadedAt,
    processedAt: d.processedAt,
    createdAt: d.createdAt,
  };
}
