/**
 * The uncompressed sizes a zip file (a .docx) declares in its central directory, read without inflating
 * anything. A zip bomb declares its size honestly more often than not (a 412 KB .docx whose document.xml
 * inflates to 100 MB says so in the directory), so checking the declared sizes first refuses it before a
 * byte is inflated. Hand-written rather than a zip library: it is forty lines of the format's fixed-layout
 * records (APPNOTE.TXT §4.3.12 and §4.3.16), and the libraries in reach inflate as they list.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const MAX_END_RECORD_SEARCH = 22 + 0xffff;

export interface DeclaredEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated (the only two a .docx uses). */
  method: number;
  /** Where the entry's local header starts; its data follows the header's name and extra field. */
  localHeaderOffset: number;
}

/**
 * The entries a zip declares, or null when `bytes` has no readable central directory (then the zip
 * reader's own error explains it). ZIP64 sizes (0xFFFFFFFF) are reported as Infinity: a .docx never needs them.
 * @example declaredEntries(bytesOf('agreement.docx'))?.find((e) => e.name === 'word/document.xml')?.uncompressedSize // 48213
 */
export function declaredEntries(bytes: Uint8Array): DeclaredEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.byteLength - MAX_END_RECORD_SEARCH);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: DeclaredEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const localHeaderOffset = view.getUint32(at + 42, true);
    entries.push({
      name,
      uncompressedSize: size === 0xffffffff ? Number.POSITIVE_INFINITY : size,
      compressedSize,
      method,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
