/**
 * The messages between extractTextBounded and its worker thread. OCR stays on the calling thread (its
 * engine has workers and clients of its own): the worker asks for each scanned page with `ocr` and waits.
 */
import type { ExtractedText } from '../domain/types.ts';
import type { ErrorCode } from '../errors.ts';
import type { ParseLimits } from './parse-limits.ts';
import type { OcrEngine, OcrPage, PageImage } from './ocr/ocr-engine.ts';

/** What the worker is given (as workerData): the file and how to read it. */
export interface ExtractJob {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
  maxBytes?: number;
  limits: Pick<ParseLimits, 'maxPages' | 'maxDecodedBytes' | 'maxInflatedBytes'>;
  /** The calling thread's OCR engine, when it has one. */
  ocrEngine?: OcrEngine['name'];
}

/** A document error, rebuilt as a NoticeCheckError on the calling thread. */
export interface WorkerFailure {
  code: ErrorCode | null;
  message: string;
  details?: Record<string, unknown>;
}

export type FromWorker =
  | { type: 'done'; text: ExtractedText }
  | { type: 'failed'; error: WorkerFailure }
  | { type: 'ocr'; id: number; image: PageImage };

export type ToWorker = { type: 'ocr-result'; id: number; page: OcrPage } | { type: 'ocr-failed'; id: number; message: string };
