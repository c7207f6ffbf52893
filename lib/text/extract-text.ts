import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { detectType } from './detect-type.ts';
import { readDocx } from './docx.ts';
import { readEml } from './email.ts';
import type { AttachmentReader } from './email-document.ts';
import { readMsg } from './msg.ts';
import type { OcrEngine } from './ocr/ocr-engine.ts';
import { type ParseLimits, parseLimits } from './parse-limits.ts';
import { readPdf } from './pdf.ts';
import { readPlainText } from './plain-text.ts';
import { readAttachedMessage } from './read-attached-message.ts';
import { assertWithinLimit, DEFAULT_MAX_BYTES } from './size-limit.ts';

export interface ExtractOptions {
  fileName: string;
  contentType?: string;
  /** Default 25 MB. */
  maxBytes?: number;
  /** Reads scanned PDF pages (tesseract locally, Textract on AWS); without one, scans are NO_TEXT. */
  ocr?: OcrEngine;
  /** Pages, decoded bytes, image pixels and inflated bytes (the time and heap limits apply in extractTextBounded). */
  limits?: Partial<Pick<ParseLimits, 'maxPages' | 'maxDecodedBytes' | 'maxImagePixels' | 'maxInflatedBytes'>>;
}

export { DEFAULT_MAX_BYTES };

/**
 * Turns a file's bytes into text with page offsets (PDF via unpdf, .docx via mammoth, .txt as UTF-8, emails
 * via mailparser and msgreader with their headers as `envelope`).
 * The size limit is checked before any parsing, so an oversized upload costs nothing.
 * Throws NoticeCheckError with EMPTY_FILE, NOT_A_PDF, CORRUPT_PDF, ENCRYPTED_PDF, NO_TEXT, TOO_LARGE, TOO_COMPLEX, UNSUPPORTED_TYPE.
 * In-thread: a parser that never yields or runs out of memory takes the caller with it; untrusted files go
 * through extractTextBounded, which runs this in a child process.
 * @example await extractText(new TextEncoder().encode('Either party may terminate ...'), { fileName: 'msa.txt' })
 * // { text: 'Either party may terminate ...', pages: 1, pageStarts: [0], format: 'txt' }
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const { fileName } = options;
  const limits = parseLimits(options.limits);
  assertWithinLimit(fileName, bytes.byteLength, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.byteLength === 0) {
    throw new NoticeCheckError('EMPTY_FILE', `${fileName} is empty (0 bytes). Check that the upload or export finished.`);
  }
  switch (detectType(bytes, options)) {
    case 'pdf':
      return readPdf(bytes, {
        fileName,
        maxPages: limits.maxPages,
        maxDecodedBytes: limits.maxDecodedBytes,
        maxImagePixels: limits.maxImagePixels,
        ...(options.ocr ? { ocr: options.ocr } : {}),
      });
    case 'docx':
      return readDocx(bytes, fileName, limits.maxInflatedBytes);
    case 'txt':
      return readPlainText(bytes, fileName);
    case 'eml':
      return readEml(bytes, fileName, attachmentReader(options), readAttachedMessage, { maxBytes: limits.maxDecodedBytes });
    case 'msg':
      return readMsg(bytes, fileName, attachmentReader(options), readAttachedMessage, { maxBytes: limits.maxDecodedBytes });
  }
}

/**
 * An email's attached letter or agreement is read like an uploaded file; an attachment that cannot be read
 * (a picture renamed .pdf, an encrypted PDF) is left out rather than failing the email that carries it.
 */
const attachmentReader =
  (options: ExtractOptions): AttachmentReader =>
  async (attachment) => {
    try {
      const doc = await extractText(attachment.bytes, {
        fileName: attachment.fileName,
        ...(attachment.contentType ? { contentType: attachment.contentType } : {}),
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
        ...(options.ocr ? { ocr: options.ocr } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
      });
      return doc.format === 'eml' || doc.format === 'msg' ? null : doc;
    } catch (error) {
      if (error instanceof NoticeCheckError) return null;
      throw error;
    }
  };

export { pageAt } from './page-map.ts';
