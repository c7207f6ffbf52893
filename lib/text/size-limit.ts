import { NoticeCheckError } from '../errors.ts';

/** 25 MB: larger than any text contract, smaller than what a Lambda can hold twice in memory. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Refuses a file over the limit before any parsing, so an oversized upload costs nothing.
 * @example assertWithinLimit('scan.pdf', 30_000_000, DEFAULT_MAX_BYTES) // throws TOO_LARGE, details { size: 30000000, limit: 26214400 }
 */
export function assertWithinLimit(fileName: string, size: number, limit: number = DEFAULT_MAX_BYTES): void {
  if (size <= limit) return;
  throw new NoticeCheckError(
    'TOO_LARGE',
    `${fileName} is ${megabytes(size)}; the limit is ${megabytes(limit)}. Split the document or compress its images.`,
    { details: { size, limit } },
  );
}
