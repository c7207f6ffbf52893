import mammoth from 'mammoth';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { declaredEntries } from './zip-declared-sizes.ts';

/**
 * What a .docx may inflate to, all entries together: the longest real agreements are a few MB of XML; 200 MB
 * leaves a 2 GB function ample room for mammoth's copies of it.
 */
export const DEFAULT_MAX_DOCX_INFLATED_BYTES = 200 * 1024 * 1024;

/**
 * Reads a Word document's text with mammoth. A .docx has no fixed pages (layout happens in Word),
 * so the whole text is page 1. Paragraphs are separated by a blank line, as mammoth writes them.
 * @example await readDocx(bytesOf('agreement.docx')) // { text: 'MASTER SERVICES AGREEMENT\n\n1. Term ...', pages: 1, ... }
 */
export async function readDocx(
  bytes: Uint8Array,
  fileName = 'the file',
  maxInflatedBytes = DEFAULT_MAX_DOCX_INFLATED_BYTES,
): Promise<ExtractedText> {
  const declared = (declaredEntries(bytes) ?? []).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxInflatedBytes) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new NoticeCheckError(
      'TOO_COMPLEX',
      `${fileName} would expand to ${Number.isFinite(declared) ? mb(declared) : 'more than 4 GB'} when opened, over the ${mb(maxInflatedBytes)} limit. Save it again from Word (or export it to PDF) and upload that.`,
      { details: { declaredBytes: Number.isFinite(declared) ? declared : null, limitBytes: maxInflatedBytes } },
    );
  }
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (cause) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/[.?!\s]+$/, '');
    throw new NoticeCheckError(
      'UNSUPPORTED_TYPE',
      `${fileName} could not be read as a Word document (.docx): ${reason}. Re-save it from Word, or export it to PDF.`,
      { cause },
    );
  }
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') {
    throw new NoticeCheckError(
      'NO_TEXT',
      `${fileName} is a Word document with no text in it. If it holds scanned pages as images, they need OCR first.`,
    );
  }
  return { text, pages: 1, pageStarts: [0], format: 'docx' };
}
