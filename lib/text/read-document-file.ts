import { readFile, stat } from 'node:fs/promises';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { extractTextBounded } from './extract-text-bounded.ts';
import type { ParseLimits } from './parse-limits.ts';
import { lazyTesseractEngine } from './ocr/lazy-tesseract.ts';
import { assertWithinLimit, DEFAULT_MAX_BYTES } from './size-limit.ts';

export interface ReadDocumentOptions {
  maxBytes?: number;
  contentType?: string;
  /** Parsing limits over the defaults (pages, decoded bytes, time, heap). */
  limits?: Partial<ParseLimits>;
}

const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/**
 * Reads a document from disk and extracts its text. The size is checked with stat() before reading,
 * so a huge file is refused without loading it; the text is extracted in a child process with the parsing
 * limits, so a hostile file ends in TOO_COMPLEX or TIMEOUT, never in a crash of the command.
 * @example await readDocumentFile('examples/hosting/agreement.pdf') // { text: '...', pages: 3, ... }
 */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<ExtractedText> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new NoticeCheckError('UNSUPPORTED_TYPE', `${path} is a directory; give the path of a PDF, .docx or .txt file.`);
    }
    assertWithinLimit(path, info.size, limit);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof NoticeCheckError) throw error;
    const errno = errnoOf(error);
    if (errno === 'ENOENT' || errno === 'ENOTDIR') {
      throw new NoticeCheckError('FILE_NOT_FOUND', `${path} does not exist. Check the path and the current directory.`, { cause: error });
    }
    if (errno === 'EACCES' || errno === 'EPERM') {
      throw new NoticeCheckError('FILE_NOT_FOUND', `${path} cannot be opened: permission denied.`, { cause: error });
    }
    throw error;
  }
  // Scanned pages are read by tesseract (started only if a page needs it), and its worker is always
  // stopped: a running worker would keep the process alive after the command has answered.
  const ocr = lazyTesseractEngine();
  try {
    return await extractTextBounded(bytes, {
      fileName: path,
      maxBytes: limit,
      ocr,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.contentType ? { contentType: options.contentType } : {}),
    });
  } finally {
    await ocr.close();
  }
}
