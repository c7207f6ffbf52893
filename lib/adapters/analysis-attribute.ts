/**
 * How a document's analysis is kept in its item. DynamoDB refuses items over 400 KB, and the analysis of a
 * long agreement (hundreds of numbered clauses, each quoted with its offsets) passes that as JSON, while the
 * same JSON gzipped is a few percent of it (900 clauses: 680 KB of JSON, 27 KB gzipped). So JSON up to
 * 64 KB is stored as a string (readable in the console), longer JSON gzipped as a binary attribute, and an
 * analysis that is still too large once compressed is refused with TOO_LARGE: the document is stored FAILED
 * with that code instead of failing every attempt on the item limit.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { NoticeCheckError } from '../errors.ts';

/** JSON up to this many bytes is stored as it is. */
export const COMPRESS_ABOVE_BYTES = 64 * 1024;
/** The most a compressed analysis may take: the rest of the 400 KB item holds the document's other fields. */
export const MAX_COMPRESSED_BYTES = 350 * 1024;

type Item = Record<string, unknown>;

export interface AnalysisLimits {
  compressAboveBytes: number;
  maxCompressedBytes: number;
}

const DEFAULT_LIMITS: AnalysisLimits = { compressAboveBytes: COMPRESS_ABOVE_BYTES, maxCompressedBytes: MAX_COMPRESSED_BYTES };

/**
 * The attribute for one analysis: `<name>Json` (a string) or `<name>Gzip` (gzipped JSON, binary).
 * @example encodeAnalysis('agreement', { provisions: [] }) // { agreementJson: '{"provisions":[]}' }
 */
export function encodeAnalysis(name: string, value: unknown, limits: AnalysisLimits = DEFAULT_LIMITS): Item {
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) <= limits.compressAboveBytes) return { [`${name}Json`]: json };
  const compressed = gzipSync(json);
  if (compressed.byteLength > limits.maxCompressedBytes) {
    const kb = (bytes: number) => Math.ceil(bytes / 1024);
    throw new NoticeCheckError(
      'TOO_LARGE',
      `The document's analysis is too large to store (${kb(compressed.byteLength)} KB compressed; the limit is ${kb(limits.maxCompressedBytes)} KB). ` +
        'Upload a shorter document, for example the agreement without its schedules and exhibits, or split it into parts.',
      { details: { size: compressed.byteLength, limit: limits.maxCompressedBytes } },
    );
  }
  return { [`${name}Gzip`]: new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength) };
}

/**
 * Reads back what encodeAnalysis stored, either way (items written before compression hold the string).
 * @example decodeAnalysis({ agreementJson: '{"provisions":[]}' }, 'agreement') // { provisions: [] }
 */
export function decodeAnalysis<T>(item: Item, name: string): T | undefined {
  const json = item[`${name}Json`];
  if (typeof json === 'string') return JSON.parse(json) as T;
  const compressed = item[`${name}Gzip`];
  if (compressed instanceof Uint8Array) return JSON.parse(gunzipSync(compressed).toString('utf8')) as T;
  return undefined;
}

/** The attribute names encodeAnalysis may write for `name`. */
export const analysisAttributes = (name: string): string[] => [`${name}Json`, `${name}Gzip`];
