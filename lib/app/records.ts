/**
 * What the service stores about contracts, documents, verdicts, deadlines and alerts — the application's
 * records, independent of how the table lays them out (lib/adapters/items.ts maps them to items).
 */
import type { AgreementAnalysis, Deadline, LetterAnalysis, Party, TermInfo, Verdict, VerdictStatus } from '../domain/types.ts';
import type { ErrorCode } from '../errors.ts';

export type UploadKind = 'agreement' | 'letter';
export type DocumentStatus = 'PENDING' | 'PROCESSED' | 'FAILED';

export interface DocumentRecord {
  tenantId: string;
  contractId: string;
  documentId: string;
  kind: UploadKind;
  fileName: string;
  contentType: string | null;
  status: DocumentStatus;
  errorCode: ErrorCode | null;
  errorMessage: string | null;
  objectKey: string;
  /** S3 versionId, else the ETag: what makes one upload distinct from the next. */
  version: string | null;
  contentHash: string | null;
  size: number | null;
  uploadedAt: string | null;
  processedAt: string | null;
  createdAt: string;
  agreement?: AgreementAnalysis;
  letter?: LetterAnalysis;
}

export interface ContractSummary {
  tenantId: string;
  contractId: string;
  createdAt: string;
  updatedAt: string;
  agreementDocumentId: string | null;
  parties: Party[];
  governingLaw: string | null;
  term: TermInfo | null;
  documentCount: number;
  letterCount: number;
  verdicts: Partial<Record<VerdictStatus, number>>;
  nextDeadline: Deadline | null;
  /** Incremented by every refresh; refreshes commit only over the revision they read (optimistic locking). */
  revision: number;
}

export interface VerdictRecord {
  tenantId: string;
  contractId: string;
  letterDocumentId: string;
  /** The agreement document and content the verdict was judged against: re-judged when either changes. */
  agreementDocumentId: string;
  agreementHash: string | null;
  computedAt: string;
  verdict: Verdict;
}

export type DeadlineStatus = 'UPCOMING' | 'PASSED';

export interface DeadlineRecord extends Deadline {
  tenantId: string;
  contractId: string;
  deadlineId: string;
  sourceDocumentId: string;
  status: DeadlineStatus;
}

/** `passed` is the marker the alert job uses to mark a deadline passed (it publishes nothing). */
export type AlertOffset = number | 'passed';

export interface AlertRecord {
  tenantId: string;
  contractId: string;
  deadlineId: string;
  offset: AlertOffset;
  /** The instant the alert falls due (local midnight in the deadline's zone), ISO UTC. */
  dueAt: string;
  deadline: Deadline;
  handledAt: string | null;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}
