/**
 * What the HTTP API returns (docs/openapi.yaml). The domain shapes come from the service's own types; the
 * fields the review, readings and feed additions bring are optional here so the pages work with or without them.
 */
import type { AgreementAnalysis, Deadline, Party, TermInfo, Verdict, VerdictStatus } from '../../lib/domain/types.ts';

export type { Deadline, Party, Provision, TermInfo, Verdict, VerdictStatus } from '../../lib/domain/types.ts';

export type ReviewStatus = 'proposed' | 'confirmed' | 'corrected' | 'dismissed';

export interface DeadlineReview {
  status: ReviewStatus;
  date?: string;
  reason?: string;
  by?: string;
  at?: string;
}

export interface DeadlineView extends Deadline {
  contractId: string;
  deadlineId: string;
  status: 'UPCOMING' | 'PASSED';
  sourceDocumentId: string;
  review?: DeadlineReview;
  /** The earliest date any reading of the text allows: the one to act on. */
  safeDate?: string;
  latestDate?: string;
  readingReason?: string;
  /** A notice window's first day: a notice received earlier does not count. */
  notBefore?: string;
  /** How the date was counted, step by step, and the rules that decided it, where the API gives them. */
  steps?: string[];
  rules?: string[];
}

export interface DocumentView {
  documentId: string;
  kind: 'agreement' | 'letter';
  fileName: string;
  contentType: string | null;
  status: 'PENDING' | 'PROCESSED' | 'FAILED';
  errorCode: string | null;
  errorMessage: string | null;
  size: number | null;
  uploadedAt: string | null;
  processedAt: string | null;
  createdAt: string;
}

export interface ContractSummary {
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
  nextDeadline: (Deadline & { safeDate?: string }) | null;
}

export interface ContractView extends ContractSummary {
  agreement: (Omit<AgreementAnalysis, 'kind'> & { documentId: string; text?: string }) | null;
  deadlines: DeadlineView[];
  documents: DocumentView[];
}

export interface Reading {
  name: string;
  description: string;
  status: VerdictStatus;
  earliestCompliantDate: string | null;
}

export interface VerdictView extends Verdict {
  letterDocumentId: string;
  computedAt: string;
  readings?: Reading[];
  margin?: { days: number; earliestCompliantDate: string | null; lastNoticeDate?: string } | null;
}

export interface HistoryItem {
  at: string;
  by: string;
  action: string;
  deadlineId?: string;
  from?: string;
  to?: string;
  reason?: string;
}

export interface Feed {
  feedId: string;
  createdAt: string;
  url?: string;
}

export interface UploadTicket {
  documentId: string;
  uploadUrl: string;
  expiresAt: string;
  /** Headers the upload URL was signed for, where the API lists them. */
  headers?: Record<string, string>;
}

/** Inbound mail that named no contract of the tenant, with the agreements whose parties it names (GET /mail/unmatched). */
export interface UnmatchedMail {
  messageId: string;
  /** The From header as written: "Ana Ruiz <ana@x.example>" or a bare address. */
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  /** When the sender sent it, with the sender's own offset: 2021-01-09T18:07:00-08:00. */
  date: string | null;
  /** When the service stored it, an instant. */
  receivedAt: string | null;
  /**
   * Present when the message forwards a notice (inline or as an attachment): the fields above are then the
   * original's. `by` and `at` are the forwarder's From and Date; `printedDate` the original's date as the
   * forward printed it, when that gives no zone (`date` is then null).
   */
  forwarded?: { by: string | null; at: string | null; printedDate?: string };
  candidates: { contractId: string; parties: string[] }[];
}

/** The answer to filing an unmatched message: it is now that contract's letter, under this document id. */
export interface AssignedMail {
  contractId: string;
  documentId: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string | null;
}

export interface WebConfig {
  apiUrl: string;
  issuer: string;
  clientId: string;
  /** Absent locally: the local stack signs the page in as its demo tenant at `tokenUrl`. */
  authorizeUrl?: string | null;
  tokenUrl: string;
  redirectUri: string;
  /**
   * The address mail for one contract is sent to, with `{contractId}` where the contract's id goes
   * (`notices+{contractId}@inbound.example.com`); absent when the deployment does not say.
   */
  inboundAddress?: string | null;
}
