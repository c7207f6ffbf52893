/**
 * ingest_200p_ms: the deployed ingest handler on one S3 event (S3 HEAD and GET from the emulator included;
 * the upload itself excluded), with the contract's notice letter already on file so the verdict is
 * re-judged and deadlines rewritten in DynamoDB Local. A second, instrumented series through the same
 * use case with a timing wrapper around the domain splits each run into extraction, analysis and the rest.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingestDeps, realDomain } from '../../../lib/adapters/ingest-deps.ts';
import { systemClock } from '../../../lib/adapters/deps.ts';
import { ingestObject } from '../../../lib/app/ingest-object.ts';
import type { DomainPort } from '../../../lib/app/ports.ts';
import { loadConfig } from '../../../lib/config.ts';
import { extractText } from '../../../lib/text/extract-text.ts';
import { reportResult, sectionConfig } from '../child.ts';
import { pdftotextAvailable, timePdftotext } from '../pdftotext.ts';
import { freshTable, usePipelineEnv } from '../pipeline.ts';
import type { Endpoints } from '../services.ts';
import { median, nowMs } from '../stats.ts';
import { createIngestBench } from '../ingest-bench.ts';

type Config = Endpoints & { pdf20: string; pdf200: string };
const config = sectionConfig<Config>();
usePipelineEnv(config, await freshTable(config.dynamodb, 'bench-ingest'));
const { handler } = await import('../../../functions/ingest.ts');
const bench = createIngestBench(config, handler);

const pdf200 = new Uint8Array(await readFile(config.pdf200));
const pdf20 = new Uint8Array(await readFile(config.pdf20));

async function timeHandler(bytes: Uint8Array): Promise<number> {
  const prepared = await bench.prepare(bytes);
  const start = nowMs();
  await bench.invoke(prepared);
  return nowMs() - start;
}

/**
 * Rounds of pdftotext, extractText alone and the whole ingest, back to back on the same file, so the
 * ratio of each round compares the three under the same machine load.
 */
async function sideBySide(rounds: number) {
  const poppler = pdftotextAvailable();
  const times = { ingest: [] as number[], extract: [] as number[], pdftotext: [] as number[], ratio: [] as number[] };
  for (let round = -1; round < rounds; round += 1) {
    const pdftotextMs = poppler ? timePdftotext(config.pdf200) : null;
    const start = nowMs();
    await extractText(pdf200.slice(), { fileName: basename(config.pdf200) });
    const extractMs = nowMs() - start;
    const ingestMs = await timeHandler(pdf200);
    if (round < 0) continue;
    times.ingest.push(ingestMs);
    times.extract.push(extractMs);
    if (pdftotextMs !== null) {
      times.pdftotext.push(pdftotextMs);
      times.ratio.push(ingestMs / pdftotextMs);
    }
  }
  return times;
}

// The instrumented series: the same use case and adapters, with each domain call timed.
const spent = { extract: 0, analysis: 0 };
const timed =
  <A extends unknown[], R>(bucket: keyof typeof spent, fn: (...args: A) => R) =>
  (...args: A): R => {
    const start = nowMs();
    const result = fn(...args);
    if (result instanceof Promise) return result.finally(() => (spent[bucket] += nowMs() - start)) as R;
    spent[bucket] += nowMs() - start;
    return result;
  };
const domain = realDomain();
const timedDomain: DomainPort = {
  extractText: timed('extract', domain.extractText),
  analyzeAgreement: timed('analysis', domain.analyzeAgreement),
  analyzeLetter: timed('analysis', domain.analyzeLetter),
  judgeLetter: timed('analysis', domain.judgeLetter),
  agreementDeadlines: timed('analysis', domain.agreementDeadlines),
};
const instrumentedDeps = ingestDeps(loadConfig(), systemClock, timedDomain);

const t200 = await sideBySide(5);
await timeHandler(pdf20);
const t20 = [
  await timeHandler(pdf20),
  await timeHandler(pdf20),
  await timeHandler(pdf20),
  await timeHandler(pdf20),
  await timeHandler(pdf20),
];

const shares: number[] = [];
const parts = { extract: [] as number[], analysis: [] as number[], rest: [] as number[] };
for (let run = 0; run < 3; run += 1) {
  const prepared = await bench.prepare(pdf200);
  spent.extract = 0;
  spent.analysis = 0;
  const start = nowMs();
  const outcome = await ingestObject(instrumentedDeps, { key: prepared.object.key, etag: prepared.object.etag });
  const total = nowMs() - start;
  if (outcome.outcome !== 'processed') throw new Error(`instrumented ingest: ${JSON.stringify(outcome)}`);
  shares.push(spent.analysis / total);
  parts.extract.push(spent.extract);
  parts.analysis.push(spent.analysis);
  parts.rest.push(total - spent.extract - spent.analysis);
}

reportResult({
  ingest_200p_ms: median(t200.ingest),
  extract_only_200p_ms: median(t200.extract),
  pdftotext_200p_ms: t200.pdftotext.length ? median(t200.pdftotext) : null,
  ingest_vs_pdftotext: t200.ratio.length ? median(t200.ratio) : null,
  ingest_20p_ms: median(t20),
  runs: t200.ingest.length,
  analysis_share: median(shares),
  breakdown_extract_ms: median(parts.extract),
  breakdown_analysis_ms: median(parts.analysis),
  breakdown_rest_ms: median(parts.rest),
  ...(await bench.lastVerdictStatus()),
});
