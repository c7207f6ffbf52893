/**
 * The one place where error codes become HTTP statuses. Only codes a caller can act on are exposed; anything
 * else (bugs, configuration, library failures) becomes a bare 500 with no internal message or stack.
 */
import type { ErrorCode } from '../errors.ts';
import { isNoticeCheckError } from '../errors.ts';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_DATE: 400,
  UNKNOWN_ZONE: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  // The document is within the size limit but would take more to open than a function has (a zip bomb, 20,000 pages).
  TOO_COMPLEX: 422,
  // The document took too long to read (a parser that never yields, OCR of many scanned pages): retrying the
  // same bytes cannot help, so not a 5xx.
  TIMEOUT: 422,
  UNSUPPORTED_TYPE: 415,
  EMPTY_FILE: 422,
  NOT_A_PDF: 422,
  CORRUPT_PDF: 422,
  ENCRYPTED_PDF: 422,
  NO_TEXT: 422,
  TRANSIENT: 503,
  CONFIG: 500,
  // Stored on a document record (its processing never finished), never thrown to a caller.
  PROCESSING_FAILED: 500,
  STALE: 500,
  // Stored on a document record (a scan still being read, or one Textract could not read), never thrown to a caller.
  OCR_PENDING: 500,
  OCR_FAILED: 422,
};

export const INTERNAL_ERROR_BODY = JSON.stringify({ code: 'INTERNAL', message: 'Internal error' });

/** Converts a thrown error into the HttpError that @middy/http-error-handler renders. */
export function toHttpError(error: unknown): Error {
  if (!isNoticeCheckError(error)) return error instanceof Error ? error : new Error(String(error));
  const status = STATUS_BY_CODE[error.code] ?? 500;
  if (status >= 500 && error.code !== 'TRANSIENT') return error; // unexposed: the handler answers 500
  const message = error.code === 'TRANSIENT' ? 'The service is busy; try again shortly' : error.message;
  return new HttpError(
    status,
    JSON.stringify({ code: error.code, message }),
    status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {},
    error,
  );
}

/** The shape @middy/http-error-handler renders: statusCode, expose, message (JSON here) and headers. */
export class HttpError extends Error {
  readonly expose = true;
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string>,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = 'HttpError';
  }
}
