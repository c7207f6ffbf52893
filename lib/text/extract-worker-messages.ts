/**
 * The messages between extractTextBounded and its child process. OCR stays in the calling process (its
 * engine has workers and clients of its own): the child asks for each scanned page with `ocr` and waits.
 */
import type { ExtractedText } from '../domain/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { ParseLimits } from './parse-limits.ts';
import type { OcrEngine, OcrPage, PageImage } from './ocr/ocr-engine.ts';

/** What the child is given (its first message): the file and how to read it. */
export interface ExtractJob {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
  maxBytes?: number;
  limits: Pick<ParseLimits, 'maxPages' | 'maxDecodedBytes' | 'maxImagePixels' | 'maxInflatedBytes'>;
  /** The calling process's OCR engine, when it has one. */
  ocrEngine?: OcrEngine['name'];
}

/** A document error, rebuilt as a NoticeCheckError in the calling process. */
export interface WorkerFailure {
  code: ErrorCode | null;
  message: string;
  details?: Record<string, unknown>;
}

export type FromWorker =
  | { type: 'done'; text: ExtractedText }
  | { type: 'failed'; error: WorkerFailure }
  | { type: 'ocr'; id: number; image: PageImage };

export type ToWorker =
  | { type: 'job'; job: ExtractJob }
  | { type: 'ocr-result'; id: number; page: OcrPage }
  | { type: 'ocr-failed'; id: number; message: string };
