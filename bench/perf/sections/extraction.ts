/**
 * Text extraction alone (unpdf through lib/text) on the 20- and 200-page PDFs, and poppler's pdftotext on the
 * same file. The published 200-page figures come from the ingest section, which times all three side by
 * side; these stand in when the pipeline cannot run.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractText } from '../../../lib/text/extract-text.ts';
import { reportResult, sectionConfig } from '../child.ts';
import { pdftotextAvailable, timePdftotext } from '../pdftotext.ts';
import { median, repeat } from '../stats.ts';

interface Config {
  pdf20: string;
  pdf200: string;
}

const config = sectionConfig<Config>();

async function timeExtraction(file: string) {
  const bytes = new Uint8Array(await readFile(file));
  const fileName = basename(file);
  // unpdf may transfer or detach the buffer it is given: hand each run its own copy.
  const first = await extractText(bytes.slice(), { fileName });
  const runs = await repeat(() => extractText(bytes.slice(), { fileName }), { warmup: 1, runs: 7, budgetMs: 30_000 });
  return { ms: median(runs), runs: runs.length, pages: first.pages, chars: first.text.length };
}

function pdftotextMedian(file: string): number | null {
  if (!pdftotextAvailable()) return null;
  timePdftotext(file);
  return median(Array.from({ length: 5 }, () => timePdftotext(file)));
}

const pdf200 = await timeExtraction(config.pdf200);
const pdf20 = await timeExtraction(config.pdf20);
reportResult({
  extract_only_200p_ms: pdf200.ms,
  extract_only_20p_ms: pdf20.ms,
  pages_200p: pdf200.pages,
  chars_200p: pdf200.chars,
  runs: pdf200.runs,
  pdftotext_200p_ms: pdftotextMedian(config.pdf200),
});
