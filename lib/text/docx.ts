import mammoth from 'mammoth';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { DEFAULT_PARSE_LIMITS, megabytesText } from './parse-limits.ts';
import { declaredEntries } from './zip-declared-sizes.ts';
import { inflatesWithin } from './zip-inflated-size.ts';

/** What a .docx may inflate to, all entries together (see ParseLimits.maxInflatedBytes). */
export const DEFAULT_MAX_DOCX_INFLATED_BYTES = DEFAULT_PARSE_LIMITS.maxInflatedBytes;

function tooComplex(fileName: string, inflated: string, limit: number, details: Record<string, unknown>): NoticeCheckError {
  return new NoticeCheckError(
    'TOO_COMPLEX',
    `${fileName} would expand to ${inflated} when opened, over the ${megabytesText(limit)} limit. Save it again from Word (or export it to PDF) and upload that.`,
    { details: { ...details, limitBytes: limit } },
  );
}

/**
 * Reads a Word document's text with mammoth. A .docx has no fixed pages (layout happens in Word),
 * so the whole text is page 1. Paragraphs are separated by a blank line, as mammoth writes them.
 * The zip's declared sizes are checked first (free), then its entries are inflated with a cap (a zip may
 * lie in its directory); only then does mammoth, which holds many times the XML in memory, see the file.
 * @example await readDocx(bytesOf('agreement.docx')) // { text: 'MASTER SERVICES AGREEMENT\n\n1. Term ...', pages: 1, ... }
 */
export async function readDocx(
  bytes: Uint8Array,
  fileName = 'the file',
  maxInflatedBytes = DEFAULT_MAX_DOCX_INFLATED_BYTES,
): Promise<ExtractedText> {
  const entries = declaredEntries(bytes) ?? [];
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxInflatedBytes) {
    const size = Number.isFinite(declared) ? megabytesText(declared) : 'more than 4 GB';
    throw tooComplex(fileName, size, maxInflatedBytes, { declaredBytes: Number.isFinite(declared) ? declared : null });
  }
  if (!inflatesWithin(bytes, entries, maxInflatedBytes)) {
    throw tooComplex(fileName, `more than ${megabytesText(maxInflatedBytes)}`, maxInflatedBytes, { declaredBytes: declared });
  }
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (cause) {
    // XML nested thousands of levels deep overflows the parser's recursion: the file is built to be hard to open.
    if (cause instanceof RangeError && /call stack/i.test(cause.message)) {
      throw new NoticeCheckError(
        'TOO_COMPLEX',
        `${fileName} is nested too deeply to be read as a Word document. Save it again from Word (or export it to PDF) and upload that.`,
        { cause },
      );
    }
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
