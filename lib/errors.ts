/**
 * The one error base class of the project. Every error a user can see carries a stable `code`
 * (documented in the README) and a message they can act on. HTTP statuses are chosen only at the
 * edge (functions/), from the code — never here.
 */
export type ErrorCode =
  // reading documents
  | 'EMPTY_FILE'
  | 'NOT_A_PDF'
  | 'CORRUPT_PDF'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT'
  | 'TOO_LARGE'
  | 'TOO_COMPLEX'
  /** Reading the document took longer than the parsing time limit or the time left (OCR of many scanned pages). */
  | 'TIMEOUT'
  | 'UNSUPPORTED_TYPE'
  /** A multi-page scan is still being read by Textract: ingest hands off, and the job's completion resumes it. */
  | 'OCR_PENDING'
  /** Textract reported that it could not read the scanned pages. */
  | 'OCR_FAILED'
  | 'FILE_NOT_FOUND'
  // input and lookups
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  // dates and configuration
  | 'INVALID_DATE'
  | 'UNKNOWN_ZONE'
  | 'CONFIG'
  // infrastructure that may succeed on retry
  | 'TRANSIENT'
  // processing that never finished: every attempt failed, or no attempt ended at all
  | 'PROCESSING_FAILED'
  /** PENDING past the stale age (lib/app/stale-sweep.ts): the file never arrived or reading it never finished. */
  | 'STALE';

export class NoticeCheckError extends Error {
  readonly code: ErrorCode;
  /** Extra facts safe to show a user (sizes, limits, field names). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NoticeCheckError';
    this.code = code;
    this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** True for errors of this project (as opposed to bugs or library failures). */
export const isNoticeCheckError = (error: unknown): error is NoticeCheckError => error instanceof NoticeCheckError;
