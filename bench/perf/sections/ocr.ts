/**
 * ocr_ms_per_page: one scanned page (the example letter's clean 150 dpi scan, test/fixtures/scans) read by
 * tesseract.js with its English data from disk, as `notice-check check` and the local stack read it. The
 * worker is started and warmed first: its start (printed beside the figure) is paid once per process, the
 * page on every scan. Peak RSS is printed too, since memory decides the Lambda size a scan needs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../../../lib/text/pdf.ts';
import { createTesseractEngine } from '../../../lib/text/ocr/tesseract-engine.ts';
import { reportResult } from '../child.ts';
import { median, nowMs, repeat } from '../stats.ts';

const SCAN = fileURLToPath(new URL('../../../test/fixtures/scans/suspension-scan.pdf', import.meta.url));

const bytes = new Uint8Array(await readFile(SCAN));
const ocr = createTesseractEngine();
try {
  const start = nowMs();
  const first = await readPdf(bytes.slice(), { fileName: 'scan.pdf', ocr });
  const firstMs = nowMs() - start;
  if (!first.ocr) throw new Error('the scan was not OCR-read');
  const runs = await repeat(() => readPdf(bytes.slice(), { fileName: 'scan.pdf', ocr }), { warmup: 0, runs: 5, budgetMs: 40_000 });
  const perPage = median(runs) / first.pages;
  reportResult({
    ocr_ms_per_page: perPage,
    first_page_with_start_ms: firstMs,
    runs: runs.length,
    pages: first.pages,
    words: first.ocr.words.length,
    mean_confidence: first.ocr.meanConfidence,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  });
} finally {
  await ocr.close();
}
