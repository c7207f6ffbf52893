import type { OcrReading } from '../../domain/types.ts';

/** A page image handed to an OCR engine. */
export interface PageImage {
  /** PNG, JPEG or TIFF bytes. */
  bytes: Uint8Array;
  /** 1-based page number in the document. */
  page: number;
  /** How many pages the document has, scanned or not. */
  pages?: number;
}

/** Where the document being read is stored, for engines that read it there rather than page by page. */
export interface StoredDocument {
  bucket: string;
  key: string;
  versionId?: string | null;
}

/** One recognised word with the engine's confidence (0–100). */
export interface OcrWord {
  text: string;
  confidence: number;
}

/** What an engine returns for one page: its lines in reading order, each a list of words. */
export interface OcrPage {
  lines: OcrWord[][];
  /** The engine's mean confidence for the page (0–100). */
  meanConfidence: number;
}

/**
 * The OCR port: text recognition behind one interface so the domain never depends on an engine. Locally and
 * in CI the adapter is tesseract.js with its English data from disk; on AWS it is Amazon Textract.
 */
export interface OcrEngine {
  readonly name: OcrReading['engine'];
  recognise(image: PageImage): Promise<OcrPage>;
  /**
   * The engine to use for one stored document: Textract reads a multi-page scan from S3 in one
   * asynchronous job rather than page by page. Engines without it read every document page by page.
   */
  forDocument?(document: StoredDocument): OcrEngine;
  /** Releases the engine's workers; the engine is not used afterwards. */
  close(): Promise<void>;
}

/**
 * The confidence below which a word a verdict relies on is doubtful: engines report on different scales, so
 * each has its own (tesseract's word confidences run lower than Textract's for the same quality of scan).
 */
export const DOUBTFUL_BELOW: Record<OcrReading['engine'], number> = { tesseract: 85, textract: 90 };
