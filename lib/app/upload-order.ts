/**
 * Which of two uploads came later. S3's LastModified has one-second resolution, so two versions of an
 * agreement uploaded back to back often tie; the service orders them by values it controls instead:
 * - across documents, the upload sequence: a per-contract counter incremented when the upload is requested
 *   (or, for a document that arrived without a request, when it is first ingested);
 * - across versions of one object key, the S3 event's `sequencer`, which S3 makes increase per key.
 */
import type { DocumentRecord } from './records.ts';

/**
 * Compares two S3 event sequencers of one key: hexadecimal strings of varying length, compared after
 * right-padding the shorter with zeros (S3's documented rule). Negative when `a` came first.
 * @example compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6') // -1
 * @example compareSequencers('0A', '0A00') // 0
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const left = a.toUpperCase().padEnd(width, '0');
  const right = b.toUpperCase().padEnd(width, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

const uploadTime = (d: DocumentRecord) => d.uploadedAt ?? d.processedAt ?? d.createdAt;

/**
 * Orders a contract's documents by when they were uploaded, earliest first. Documents with an upload sequence
 * compare by it; records stored before sequences existed come before every sequenced one (they are older),
 * and among themselves fall back to upload time, then id, so the order is total and never random.
 * @example [later, earlier].sort(compareUploads) // [earlier, later], whatever their LastModified second
 */
export function compareUploads(a: DocumentRecord, b: DocumentRecord): number {
  const sa = a.uploadSequence ?? null;
  const sb = b.uploadSequence ?? null;
  if (sa !== null && sb !== null && sa !== sb) return sa - sb;
  if (sa !== null && sb === null) return 1;
  if (sa === null && sb !== null) return -1;
  return uploadTime(a).localeCompare(uploadTime(b)) || a.documentId.localeCompare(b.documentId);
}

/**
 * True when `incoming` (a version of the stored document's own key) is older than the version stored: it
 * arrived late and must not overwrite the newer one. Sequencers decide when both are known; otherwise the
 * upload times, which can only tell versions a second or more apart.
 * @example isOlderVersion({ sequencer: '0B', uploadedAt: null }, { sequencer: '0A', lastModified: null }) // true
 */
export function isOlderVersion(
  stored: Pick<DocumentRecord, 'sequencer' | 'uploadedAt'>,
  incoming: { sequencer: string | null; lastModified: string | null },
): boolean {
  if (stored.sequencer && incoming.sequencer) return compareSequencers(incoming.sequencer, stored.sequencer) < 0;
  return Boolean(stored.uploadedAt && incoming.lastModified && stored.uploadedAt > incoming.lastModified);
}
