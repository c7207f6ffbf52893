/**
 * Analysis = analyzeAgreement on already-extracted text (the work issue 2 asks to be linear and at least
 * 5 MB/s on one core). Timed on the 200-page PDF's text (for analysis_share) and on texts of 1x and 8x
 * size (for the throughput and the scaling exponent log(t8x / t1x) / log 8).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeAgreement } from '../../../lib/contract/analyze.ts';
import type { ExtractedText } from '../../../lib/domain/types.ts';
import { analyzeLetter } from '../../../lib/letter/analyze-letter.ts';
import { extractText } from '../../../lib/text/extract-text.ts';
import { reportResult, sectionConfig } from '../child.ts';
import { median, repeat } from '../stats.ts';

interface Config {
  pdf200: string;
  text1x: string;
  text8x: string;
}

const config = sectionConfig<Config>();

/** The texts are whole agreements on one "page": the analysis must not care how pages fall. */
const asText = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });

async function time(doc: ExtractedText, budgetMs: number): Promise<number> {
  return median(await repeat(() => analyzeAgreement(doc), { warmup: 1, runs: 9, minRuns: 3, budgetMs }));
}

const pdfDoc = await extractText(new Uint8Array(await readFile(config.pdf200)), { fileName: basename(config.pdf200) });
const text1x = await readFile(config.text1x, 'utf8');
const text8x = await readFile(config.text8x, 'utf8');
const doc1x = asText(text1x);
const doc8x = asText(text8x);

// Warm the JIT on the small text first so 1x is not charged for compilation that 8x gets for free.
await time(doc1x, 2_000);
const t200p = await time(pdfDoc, 15_000);
const t1x = await time(doc1x, 15_000);
const t8x = await time(doc8x, 40_000);
const mb8x = Buffer.byteLength(text8x, 'utf8') / 1e6;

/**
 * The worst case: the slowest of the pathological texts (test/contract/pathological-input.test.ts's
 * shapes, 256 KB each) through both analysers, in MB/s, beside the normal figure above.
 */
const PATHOLOGICAL = [
  '1.',
  '1.1 ',
  ' 1.1.1.1.1.1.1.1.1.1',
  '(a)',
  '(',
  ' ',
  '\n',
  '\t \n',
  ', ',
  '. ',
  '01/02/2024 ',
  'a@b.',
  '"',
  'Section 1.1.1 (a) ("Term") notice, ',
  'Dear X,\n',
];
const WORST_SIZE = 256 * 1024;
let worstMbPerS = Number.POSITIVE_INFINITY;
let worstShape = '';
for (const unit of PATHOLOGICAL) {
  const doc = asText(unit.repeat(Math.ceil(WORST_SIZE / unit.length)).slice(0, WORST_SIZE));
  const ms = median(
    await repeat(
      () => {
        analyzeAgreement(doc);
        analyzeLetter(doc);
      },
      { warmup: 0, runs: 3, minRuns: 1, budgetMs: 10_000 },
    ),
  );
  const mbPerS = WORST_SIZE / 1e6 / (ms / 1000);
  if (mbPerS < worstMbPerS) [worstMbPerS, worstShape] = [mbPerS, unit];
}
const provisions = analyzeAgreement(pdfDoc).provisions.length;

reportResult({
  analysis_200p_ms: t200p,
  analysis_200p_mb_per_s: Buffer.byteLength(pdfDoc.text, 'utf8') / 1e6 / (t200p / 1000),
  analysis_1x_ms: t1x,
  analysis_8x_ms: t8x,
  analysis_mb_per_s: mb8x / (t8x / 1000),
  analysis_scaling_exponent: Math.log(t8x / t1x) / Math.log(8),
  text_1x_bytes: Buffer.byteLength(text1x, 'utf8'),
  text_8x_bytes: Buffer.byteLength(text8x, 'utf8'),
  provisions_200p: provisions,
  analysis_worst_mb_per_s: worstMbPerS,
  analysis_worst_shape: worstShape,
});
