import mammoth from 'mammoth';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';

/**
 * Reads a Word document's text with mammoth. A .docx has no fixed pages (layout happens in Word),
 * so the whole text is page 1. Paragraphs are separated by a blank line, as mammoth writes them.
 * @example await readDocx(bytesOf('agreement.docx')) // { text: 'MASTER SERVICES AGREEMENT\n\n1. Term ...', pages: 1, ... }
 */
export async function readDocx(bytes: Uint8Array, fileName = 'the file'): Promise<ExtractedText> {
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
