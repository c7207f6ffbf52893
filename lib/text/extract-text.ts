import type { ExtractedText } from '../domain/types.ts';

export interface ExtractOptions {
  fileName: string;
  contentType?: string;
  /** Default 25 MB. */
  maxBytes?: number;
}

/**
 * Turns a file's bytes into text with page offsets (PDF via unpdf, .docx via mammoth, .txt as UTF-8).
 * Throws NoticeCheckError with EMPTY_FILE, NOT_A_PDF, CORRUPT_PDF, ENCRYPTED_PDF, NO_TEXT, TOO_LARGE, UNSUPPORTED_TYPE.
 * STUB — owned by the text-extraction workstream.
 */
export async function extractText(_bytes: Uint8Array, _options: ExtractOptions): Promise<ExtractedText> {
  throw new Error('not implemented');
}
