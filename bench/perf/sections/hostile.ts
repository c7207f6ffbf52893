/**
 * hostile_reader_peak_rss_mb and hostile_parent_peak_rss_mb: each hostile document (bench/perf/hostile-inputs.ts)
 * read as the ingest function reads an upload: extractTextBounded with the default limits (the ingest's
 * configuration when no PARSE_* variable is set), the default upload limit and an OCR engine, so a scan's page
 * images are decoded as they are on AWS. The engine is a stand-in that answers no words at once: what it costs
 * is the engine's, not the reader's. One document at a time; the reader process's peak resident memory is read
 * from /proc while it runs, this process's own beside it. The benchmark's 200-page agreement is read first
 * the same way, for scale (it is not one of the figures).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isNoticeCheckError } from '../../../lib/errors.ts';
import { extractTextBounded } from '../../../lib/text/extract-text-bounded.ts';
import type { OcrEngine } from '../../../lib/text/ocr/ocr-engine.ts';
import { DEFAULT_PARSE_LIMITS } from '../../../lib/text/parse-limits.ts';
import { DEFAULT_MAX_BYTES } from '../../../lib/text/size-limit.ts';
import { reportResult, sectionConfig } from '../child.ts';
import type { HostileDocument } from '../hostile-inputs.ts';
import { peakWatch } from '../peak-memory.ts';
import { nowMs } from '../stats.ts';

interface Config {
  dir: string;
  documents: HostileDocument[];
  /** A real agreement's path, read for scale. */
  reference: string;
}

export interface HostileReading extends HostileDocument {
  bytes: number;
  /** 'ok', or the error's code (or its message, for an error without one). */
  outcome: string;
  ms: number;
  /** Null when no reader process was started (a file refused before parsing). */
  reader_peak_mb: number | null;
  parent_peak_mb: number;
  ocr_pages: number;
}

const config = sectionConfig<Config>();
let ocrPages = 0;
const ocr: OcrEngine = {
  name: 'textract',
  recognise: async () => {
    ocrPages += 1;
    return { lines: [], meanConfidence: 0 };
  },
  close: async () => undefined,
};

/** Reads one file as the ingest function does, watching both processes' memory. */
async function measure(path: string, document: HostileDocument): Promise<HostileReading> {
  const bytes = new Uint8Array(await readFile(path));
  ocrPages = 0;
  const watch = peakWatch();
  const start = nowMs();
  const outcome = await extractTextBounded(bytes, {
    fileName: document.file,
    maxBytes: DEFAULT_MAX_BYTES,
    limits: DEFAULT_PARSE_LIMITS,
    ocr,
    onReaderStarted: (pid) => watch.watchChild(pid),
  }).then(
    () => 'ok',
    (error: unknown) => (isNoticeCheckError(error) ? error.code : `error: ${(error as Error).message.slice(0, 120)}`),
  );
  const ms = nowMs() - start;
  const peaks = watch.stop();
  return {
    ...document,
    bytes: bytes.byteLength,
    outcome,
    ms,
    reader_peak_mb: peaks.childMb,
    parent_peak_mb: peaks.selfMb,
    ocr_pages: ocrPages,
  };
}

const reference = await measure(config.reference, { file: basename(config.reference), what: 'the benchmark agreement, for scale' });
const readings: HostileReading[] = [];
for (const document of config.documents) readings.push(await measure(join(config.dir, document.file), document));

const readerPeaks = readings.flatMap((r) => (r.reader_peak_mb === null ? [] : [r.reader_peak_mb]));
reportResult({
  hostile_reader_peak_rss_mb: readerPeaks.length > 0 ? Math.max(...readerPeaks) : null,
  // maxRSS (kilobytes) is the whole section's: the largest file read and every reply received included.
  hostile_parent_peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  readings,
  reference,
});
