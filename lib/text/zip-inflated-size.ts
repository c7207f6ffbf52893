import { inflateRawSync } from 'node:zlib';
import type { DeclaredEntry } from './zip-declared-sizes.ts';

const LOCAL_FILE_HEADER = 0x04034b50;
const DEFLATED = 8;

/** The entry's compressed bytes, located through its local header (whose name and extra lengths may differ from the directory's). */
function compressedData(bytes: Uint8Array, entry: DeclaredEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_FILE_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.byteLength, start + entry.compressedSize));
}

/**
 * Whether a zip's entries really inflate to at most `limit` bytes together. A zip may lie in its directory
 * (declare 1 KB for an entry that inflates to 1 GB), and the zip reader believes the data, not the
 * directory; so each deflated entry is inflated here with zlib's output capped at what is left of the limit,
 * and inflation stops the moment the limit is passed. Unreadable entries are left to the zip reader's own error.
 * @example inflatesWithin(docxBytes, declaredEntries(docxBytes) ?? [], 64 * 1024 * 1024) // true for a real agreement
 */
export function inflatesWithin(bytes: Uint8Array, entries: DeclaredEntry[], limit: number): boolean {
  let total = 0;
  for (const entry of entries) {
    const data = compressedData(bytes, entry);
    if (!data) continue;
    if (entry.method !== DEFLATED) {
      total += data.byteLength;
    } else {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).byteLength;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
      }
    }
    if (total > limit) return false;
  }
  return true;
}
