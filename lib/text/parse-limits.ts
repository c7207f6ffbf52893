/**
 * What reading one document may cost. A file within the upload size can still be a bomb (a 4 KB PDF whose
 * nested compression inflates to gigabytes, a .docx whose XML expands a thousandfold, 20,000 empty pages),
 * so each dimension has its own limit, checked as early as the format allows.
 *
 * The defaults fit the 2 GB ingest function with room to spare: the reader's heap is capped at 1 GB and its
 * whole resident memory (heap, decoded images, buffers) at 1.25 GB, leaving the rest for the handler process,
 * the file's bytes, the analysis and the AWS clients; the time limit leaves a third of the function's 60 s for
 * analysis and writes. `npm run bench` measures the reader's peak on hostile documents (docs/benchmarks.md).
 */
export interface ParseLimits {
  /** More pages than this is TOO_COMPLEX, refused before any page is read. */
  maxPages: number;
  /**
   * What a PDF's compressed streams may inflate to, all together (nested filters counted at every stage).
   * Page images are not part of the sum (a scan's images are large and only OCR decodes them) but each may
   * inflate to as much on its own.
   */
  maxDecodedBytes: number;
  /**
   * The pixels of one page image (width x height) that the reader decodes, for OCR; a larger image is skipped.
   * Decoded images live outside the reader's heap (ArrayBuffers, not capped by `maxHeapMb`), at about six bytes
   * a pixel while a page is read: a 16,000 x 16,000 image took the reader past 1.5 GB.
   */
  maxImagePixels: number;
  /** What a .docx's zip entries may inflate to, all together; inflation stops as soon as it is passed. */
  maxInflatedBytes: number;
  /** Wall-clock time for reading one document, OCR excluded; the reader is stopped when it is up (TIMEOUT). */
  timeoutMs: number;
  /** The reader process's heap (V8 old generation); exceeding it is TOO_COMPLEX, never a crash of the caller. */
  maxHeapMb: number;
  /**
   * The reader process's whole resident memory, what the heap flag does not cap (ArrayBuffers, zlib, decoded
   * images) included; past it the reader is stopped with TOO_COMPLEX. Watched on Linux (Lambda) only.
   */
  maxReaderMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = Object.freeze({
  // The longest real agreement with its exhibits runs to a few hundred pages.
  maxPages: 2_000,
  // A contract's content streams and embedded fonts inflate to a few MB; an A4 page at 600 dpi in colour to 100 MB.
  maxDecodedBytes: 256 * MB,
  // An A3 page scanned at 600 dpi is 70 million pixels; a contract's scans are letter or A4 at 200-300 dpi (9 million).
  maxImagePixels: 100_000_000,
  // The XML of the longest real .docx agreements is a few MB; mammoth's parse takes some 30 times the XML
  // in memory, so 64 MB of XML stays well inside the reader's heap.
  maxInflatedBytes: 64 * MB,
  timeoutMs: 40_000,
  maxHeapMb: 1_024,
  // The heap and a quarter of it again: a dense .docx that exhausts the heap peaks at about 1,270 MB, and
  // what the reader can overshoot between two looks still leaves the 2 GB function's handler over 512 MB.
  maxReaderMb: 1_280,
});

/**
 * The limits to apply: the defaults with any given ones over them.
 * @example parseLimits({ maxPages: 100 }).maxPages // 100; parseLimits().timeoutMs // 40000
 */
export const parseLimits = (overrides: Partial<ParseLimits> = {}): ParseLimits => ({ ...DEFAULT_PARSE_LIMITS, ...overrides });

/** "256 MB", for messages. */
export const megabytesText = (bytes: number): string => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;
