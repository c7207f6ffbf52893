/**
 * Writes the benchmark inputs to .bench/: contract PDFs of 20 and 200 pages and agreement texts of
 * 1x and 8x size (for the scaling exponent). Seeded, so every run and every machine reads the same bytes.
 * Run alone with `npx tsx bench/make-inputs.ts`; `npm run bench` calls it first.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contractParagraphs, contractText } from './perf/inputs/contract-text.ts';
import { paginatePdf } from './perf/inputs/paginate-pdf.ts';

export const BENCH_DIR = resolve(import.meta.dirname, '..', '.bench');
/** 1x text for the scaling figure; 8x is eight times this. */
export const BASE_TEXT_CHARS = 256 * 1024;
const SEED = 20_250_101;
/** Bump when the generator changes so stale inputs are rebuilt. */
const VERSION = '4';

export interface BenchInputs {
  pdf20: string;
  pdf200: string;
  text1x: string;
  text8x: string;
}

export async function makeInputs(dir = BENCH_DIR): Promise<BenchInputs> {
  await mkdir(dir, { recursive: true });
  const inputs: BenchInputs = {
    pdf20: join(dir, 'contract-20p.pdf'),
    pdf200: join(dir, 'contract-200p.pdf'),
    text1x: join(dir, 'contract-1x.txt'),
    text8x: join(dir, 'contract-8x.txt'),
  };
  const stamp = join(dir, 'inputs.version');
  const fresh = existsSync(stamp) && (await readFile(stamp, 'utf8')) === VERSION;
  if (fresh && Object.values(inputs).every((file) => existsSync(file))) return inputs;
  await writeFile(inputs.pdf20, await paginatePdf(contractParagraphs(SEED), 20, 'Master Services Agreement'));
  await writeFile(inputs.pdf200, await paginatePdf(contractParagraphs(SEED), 200, 'Master Services Agreement'));
  await writeFile(inputs.text1x, contractText(SEED + 1, BASE_TEXT_CHARS));
  await writeFile(inputs.text8x, contractText(SEED + 1, 8 * BASE_TEXT_CHARS));
  await writeFile(stamp, VERSION);
  return inputs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const inputs = await makeInputs();
  for (const file of Object.values(inputs)) console.log(file);
}
