/**
 * The ports the use cases depend on. Adapters (lib/adapters) implement them against DynamoDB, S3 and SNS;
 * tests may substitute any of them. Each use case asks only for the ports it uses.
 */
import type { AgreementAnalysis, Deadline, ExtractedText, LetterAnalysis, Verdict } from '../domain/types.ts';
import type { Config } from '../config.ts';
import type { AlertLease } from './alert-outbox.ts';
import type { AlertRecord, ContractSummary, DeadlineRecord, DocumentRecord, Page, VerdictRecord } from './records.ts';
import type { FeedRecord, HistoryEntry, StoredReview, TenantSettings } from './review-records.ts';
import type { OcrEngine } from '../text/ocr/ocr-engine.ts';

export interface ContractItems {
  documents: DocumentRecord[];
  verdicts: VerdictRecord[];
  deadlines: DeadlineRecord[];
}

export type IngestClaim = 'claimed' | 'done' | 'busy';

export interface ContractRepository {
  getContract(tenantId: string, contractId: string): Promise<ContractSummary | null>;
  /** Creates the summary if absent; never overwrites. */
  ensureContract(tenantId: string, contractId: string, now: string): Promise<void>;
  /** Writes the summary if its stored revision is still `summary.revision - 1`; false when another refresh won. */
  putContract(summary: ContractSummary): Promise<boolean>;
  listContracts(tenantId: string, options: { limit: number; cursor?: string | null }): Promise<Page<ContractSummary>>;
  getContractItems(tenantId: string, contractId: string): Promise<ContractItems>;
  getDocument(tenantId: string, contractId: string, documentId: string): Promise<DocumentRecord | null>;
  putDocument(document: DocumentRecord): Promise<void>;
  /** Increments the contract's upload counter and returns its new value: 1, 2, 3… in request order. */
  nextUploadSequence(tenantId: string, contractId: string): Promise<number>;
  /** Claims one object version for processing; `busy` while another invocation holds an unexpired lease. */
  claimIngest(
    tenantId: string,
    contractId: string,
    documentId: string,
    version: string,
    now: string,
    leaseSeconds: number,
  ): Promise<IngestClaim>;
  completeIngest(tenantId: string, contractId: string, documentId: string, version: string, now: string): Promise<void>;
  /**
   * Gives the claim up without counting it as an attempt: the reading was handed off to an OCR job, and the
   * job's completion claims the version again with Lambda's attempts all still ahead of it.
   */
  handOffIngest(tenantId: string, contractId: string, documentId: string, version: string): Promise<void>;
  /** Gives the claim up so a retry can take it; returns how many times this version has been claimed. */
  releaseIngest(tenantId: string, contractId: string, documentId: string, version: string): Promise<number>;
  putVerdict(verdict: VerdictRecord): Promise<void>;
  /** Makes the contract's deadlines and scheduled alerts exactly these; alerts already handled are kept. */
  replaceDeadlines(tenantId: string, contractId: string, deadlines: DeadlineRecord[], alerts: AlertRecord[]): Promise<void>;
  listTenantDeadlines(tenantId: string, from: string, to: string): Promise<DeadlineRecord[]>;
}

export interface AlertRepository {
  /** Alerts due at or before `now`, not yet handled, from the last `lookbackDays` UTC day buckets. */
  dueAlerts(now: string, lookbackDays: number): Promise<{ alerts: AlertRecord[]; itemsRead: number }>;
  /**
   * due (or claimed under a lapsed lease) → claimed, a conditional write: true for exactly one caller while
   * the lease lasts. The alert stays due-indexed, so a run that dies holding it leaves it for the next run.
   */
  claimAlert(alert: AlertRecord, lease: AlertLease): Promise<boolean>;
  /** claimed → sent (with SNS's message id) or handled (nothing to publish): the alert leaves the due index. */
  completeAlert(alert: AlertRecord, outcome: { state: 'sent' | 'handled'; at: string; messageId: string | null }): Promise<void>;
  /** claimed → due, by the lease holder only: publishing failed, so the next run may try at once. */
  releaseAlert(alert: AlertRecord, lease: AlertLease): Promise<void>;
  markDeadlinePassed(tenantId: string, contractId: string, deadlineId: string): Promise<void>;
}

export interface StoredObject {
  size: number;
  etag: string | null;
  versionId: string | null;
  contentType: string | null;
  lastModified: string | null;
}

export interface ObjectStore {
  head(key: string, versionId?: string | null): Promise<StoredObject | null>;
  getBytes(key: string, versionId?: string | null): Promise<Uint8Array>;
  presignPut(input: { key: string; contentType: string; contentLength?: number; expiresInSeconds: number }): Promise<string>;
}

/**
 * Where each document's extracted text is kept, so the web app can show a clause at its offsets. Kept apart
 * from the document record (DynamoDB items stop at 400 KB) and outside the `tenants/` prefix (whose uploads
 * trigger ingest).
 */
export interface DocumentTextStore {
  put(tenantId: string, contractId: string, documentId: string, text: ExtractedText): Promise<void>;
  get(tenantId: string, contractId: string, documentId: string): Promise<ExtractedText | null>;
}

export interface AlertMessage {
  subject: string;
  message: string;
  attributes: Record<string, string>;
  /** The alert id: the same alert published twice carries the same one (a FIFO topic drops the second). */
  deduplicationId: string;
  /** Messages of one group are delivered in order on a FIFO topic: the tenant's. */
  groupId: string;
}

export interface Notifier {
  publish(message: AlertMessage): Promise<string | null>;
}

/** The pure domain, injected so the API bundle never loads the PDF engine and tests can fake it. */
export interface DomainPort {
  /** `ocr` reads scanned pages; without it a scan is NO_TEXT. */
  extractText(
    bytes: Uint8Array,
    options: { fileName: string; contentType?: string; maxBytes?: number; ocr?: OcrEngine },
  ): Promise<ExtractedText>;
  analyzeAgreement(doc: ExtractedText): AgreementAnalysis;
  analyzeLetter(doc: ExtractedText): LetterAnalysis;
  judgeLetter(agreement: AgreementAnalysis, letter: LetterAnalysis, options: { defaultZone: string }): Verdict;
  agreementDeadlines(agreement: AgreementAnalysis, options: { now: string; defaultZone: string }): Deadline[];
}

export interface Clock {
  now(): Date;
}

export interface BaseDeps {
  config: Config;
  clock: Clock;
}

/** Reviews, history and settings (lib/adapters/dynamo-review-repository.ts). */
export interface ReviewRepository {
  getSettings(tenantId: string): Promise<TenantSettings>;
  putSettings(tenantId: string, settings: TenantSettings): Promise<void>;
  listReviews(tenantId: string, contractId: string): Promise<StoredReview[]>;
  /** Stores reviews not stored yet and their history lines; never overwrites a decision already stored. */
  addReviews(reviews: StoredReview[], history: HistoryEntry[]): Promise<void>;
  getDeadline(tenantId: string, contractId: string, deadlineId: string): Promise<DeadlineRecord | null>;
  /**
   * Records a person's decision at once: the review, the deadline's copy of it, the history line, and a new
   * contract revision (so a refresh running meanwhile recomputes over it instead of writing the old review back).
   * Then, when `alerts` is given, replaces every alert of that deadline with them.
   */
  saveReview(change: {
    deadline: DeadlineRecord;
    review: StoredReview;
    history: HistoryEntry;
    alerts: AlertRecord[] | null;
  }): Promise<void>;
  listHistory(tenantId: string, contractId: string): Promise<HistoryEntry[]>;
}

/** Calendar feeds (lib/adapters/dynamo-feed-repository.ts). */
export interface FeedRepository {
  putFeed(feed: FeedRecord): Promise<void>;
  listFeeds(tenantId: string, owner: string): Promise<FeedRecord[]>;
  /** false when the owner has no such feed. */
  deleteFeed(tenantId: string, owner: string, feedId: string): Promise<boolean>;
  findByTokenHash(tokenHash: string): Promise<FeedRecord | null>;
}
