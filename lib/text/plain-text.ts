import { TextDecoder } from 'node:util';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';

const decoderFor = (bytes: Uint8Array): TextDecoder => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  // Non-fatal: a stray Windows-1252 byte in a contract must not reject the whole file; it becomes U+FFFD.
  return new TextDecoder('utf-8', { fatal: false });
};

/**
 * Reads a plain-text document: UTF-8 (invalid bytes replaced by U+FFFD), BOM stripped, CRLF and CR → LF.
 * A form feed marks a page break (as in text exported from PDFs); it becomes a newline so that every
 * other offset stays where it was.
 * @example readPlainText(new TextEncoder().encode('\uFEFFa\r\nb')) // { text: 'a\nb', pages: 1, pageStarts: [0], format: 'txt' }
 */
export function readPlainText(bytes: Uint8Array, fileName = 'the file'): ExtractedText {
  const decoded = decoderFor(bytes).decode(bytes).replace(/\r\n?/g, '\n');
  if (decoded.trim() === '') {
    throw new NoticeCheckError('EMPTY_FILE', `${fileName} contains no text (only blank space). Check that the right file was chosen.`);
  }
  const pageStarts = [0];
  for (let index = decoded.indexOf('\f'); index !== -1; index = decoded.indexOf('\f', index + 1)) {
    if (index + 1 < decoded.length) pageStarts.push(index + 1);
  }
  return { text: decoded.replace(/\f/g, '\n'), pages: pageStarts.length, pageStarts, format: 'txt' };
}
