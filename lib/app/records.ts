/**
 * What the service stores about contracts, documents, verdicts, deadlines and alerts — the application's
 * records, independent of how the table lays them out (lib/adapters/items.ts maps them to items).
 */
import type { AgreementAnalysis, Deadline, LetterAnalysis, Party, TermInfo, Verdict, VerdictStatus } from '../domain/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { AlertLease, AlertState } from './alert-outbox.ts';

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
  /**
   * The contract's upload counter when this upload was requested: the later upload of two agreements is the
   * current one (lib/app/upload-order.ts). Absent on records stored before it existed.
   */
  uploadSequence?: number | null;
  /** The S3 event's `sequencer` of the version stored: orders versions of this one object key. */
  sequencer?: string | null;
  processedAt: string | null;
  createdAt: string;
  /**
   * A multi-page scan whose reading was handed off to a Textract job (OCR_PENDING): what the job's completion
   * must name to resume this upload. Absent once the upload is processed or failed for good.
   */
  ocrJob?: OcrJobRecord;
  agreement?: AgreementAnalysis;
  letter?: LetterAnalysis;
}

/** The Textract job a PENDING scan waits for (lib/app/ocr-resume.ts). */
export interface OcrJobRecord {
  jobId: string;
  /** The job's JobTag: it names the object version the job reads, which its completion message does not. */
  jobTag: string;
  /** The upload's version as the claim knows it, and the S3 version and sequencer to ingest again. */
  version: string;
  versionId: string | null;
  sequencer: string | null;
  /** When ingest handed the scan off. */
  handedOffAt: string;
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
  /**
   * The letter's content the verdict was judged from: a letter re-uploaded with other bytes is re-judged even
   * when the upload that changed it stopped before judging it. Absent on verdicts stored before it existed.
   */
  letterHash?: string | null;
  computedAt: string;
  verdict: Verdict;
}

export type DeadlineStatus = 'UPCOMING' | 'PASSED';

export type ReviewStatus = 'proposed' | 'confirmed' | 'corrected' | 'dismissed';

/** A person's decision on a computed deadline (lib/app/deadline-review.ts says what each status means). */
export interface DeadlineReview {
  status: ReviewStatus;
  /** The corrected last day (status `corrected` only): it replaces the computed date for alerts and calendars. */
  date?: string;
  reason?: string;
  /** Who decided: the token's email, else its subject; `system` for the tenant's auto-confirm setting. */
  by?: string;
  at?: string;
}

export interface DeadlineRecord extends Deadline {
  tenantId: string;
  contractId: string;
  deadlineId: string;
  sourceDocumentId: string;
  status: DeadlineStatus;
  /** Absent only on records stored before the review step existed (they count as confirmed). */
  review?: DeadlineReview;
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
  /** The deadline as alerted: its date is the corrected one where a person corrected it. */
  deadline: Deadline & { review?: DeadlineReview };
  /** When it was sent (or handled without publishing); null while due or claimed. */
  handledAt: string | null;
  /** Its place in the alert outbox (lib/app/alert-outbox.ts); absent on records stored before it. */
  state?: AlertState;
  /** The claim of the run publishing it, while claimed. */
  lease?: AlertLease;
  /** How many times a run has claimed it: more than one means a run died or failed with it. */
  attempts?: number;
  /** SNS's id for the message, once sent. */
  messageId?: string | null;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}
