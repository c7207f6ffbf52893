/**
 * ingest_200p_ms: the deployed ingest handler on one S3 event (S3 HEAD and GET from the emulator included;
 * the upload itself excluded), with the contract's notice letter already on file so the verdict is
 * re-judged and deadlines rewritten in DynamoDB Local. A second, instrumented series through the same
 * use case with a timing wrapper around the domain splits each run into extraction, analysis and the rest.
 */
import { readFile } from 'node:fs/promises';
import { ingestDeps, realDomain } from '../../../lib/adapters/ingest-deps.ts';
import { systemClock } from '../../../lib/adapters/deps.ts';
import { ingestObject } from '../../../lib/app/ingest-object.ts';
import type { DomainPort } from '../../../lib/app/ports.ts';
import { loadConfig } from '../../../lib/config.ts';
import { reportResult, sectionConfig } from '../child.ts';
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

async function timeHandler(bytes: Uint8Array, runs: number): Promise<number[]> {
  const durations: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const prepared = await bench.prepare(bytes);
    const start = nowMs();
    await bench.invoke(prepared);
    if (run >= 0) durations.push(nowMs() - start);
  }
  return durations;
}

// The instrumented series: the same use case and adapters, with each domain call timed.
const spent = { extract: 0, analysis: 0 };
const timed = <A extends unknown[], R>(bucket: keyof typeof spent, fn: (...args: A) => R) => (...args: A): R => {
  const start = nowMs();
  const result = fn(...args);
  if (result instanceof Promise) return result.finally(() => (spent[bucket] += nowMs() - start)) as R;
  spent[bucket] += nowMs() - start;
  return result;
};
const timedDomain: DomainPort = {
  extractText: timed('extract', realDomain.extractText),
  analyzeAgreement: timed('analysis', realDomain.analyzeAgreement),
  analyzeLetter: timed('analysis', realDomain.analyzeLetter),
  judgeLetter: timed('analysis', realDomain.judgeLetter),
  agreementDeadlines: timed('analysis', realDomain.agreementDeadlines),
};
const instrumentedDeps = ingestDeps(loadConfig(), systemClock, timedDomain);

const t200 = await timeHandler(pdf200, 5);
const t20 = await timeHandler(pdf20, 5);

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
  ingest_200p_ms: median(t200),
  ingest_20p_ms: median(t20),
  runs: t200.length,
  analysis_share: median(shares),
  breakdown_extract_ms: median(parts.extract),
  breakdown_analysis_ms: median(parts.analysis),
  breakdown_rest_ms: median(parts.rest),
  ...(await bench.lastVerdictStatus()),
});
