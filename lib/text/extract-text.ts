import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { detectType } from './detect-type.ts';
import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import { readPlainText } from './plain-text.ts';
import { assertWithinLimit, DEFAULT_MAX_BYTES } from './size-limit.ts';

export interface ExtractOptions {
  fileName: string;
  contentType?: string;
  /** Default 25 MB. */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES };

/**
 * Turns a file's bytes into text with page offsets (PDF via unpdf, .docx via mammoth, .txt as UTF-8).
 * The size limit is checked before any parsing, so an oversized upload costs nothing.
 * Throws NoticeCheckError with EMPTY_FILE, NOT_A_PDF, CORRUPT_PDF, ENCRYPTED_PDF, NO_TEXT, TOO_LARGE, UNSUPPORTED_TYPE.
 * @example await extractText(new TextEncoder().encode('Either party may terminate ...'), { fileName: 'msa.txt' })
 * // { text: 'Either party may terminate ...', pages: 1, pageStarts: [0], format: 'txt' }
 */
export async function extractText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const { fileName } = options;
  assertWithinLimit(fileName, bytes.byteLength, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.byteLength === 0) {
    throw new NoticeCheckError('EMPTY_FILE', `${fileName} is empty (0 bytes). Check that the upload or export finished.`);
  }
  switch (detectType(bytes, options)) {
    case 'pdf':
      return readPdf(bytes, { fileName });
    case 'docx':
      return readDocx(bytes, fileName);
    case 'txt':
      return readPlainText(bytes, fileName);
  }
}

export { pageAt } from './page-map.ts';
