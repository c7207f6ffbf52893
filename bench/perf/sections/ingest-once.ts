/**
 * peak_rss_mb_200p: one ingest of the 200-page PDF in a process of its own, read back as the process's
 * maximum resident set size (process.resourceUsage().maxRSS). The RSS held before the ingest (runtime,
 * tsx, AWS SDK, the handler's modules, the letter already ingested) is reported beside it.
 */
import { readFile } from 'node:fs/promises';
import { reportResult, sectionConfig } from '../child.ts';
import { startReadCounter } from '../counting-proxy.ts';
import { createIngestBench } from '../ingest-bench.ts';
import { freshTable, usePipelineEnv } from '../pipeline.ts';
import type { Endpoints } from '../services.ts';

type Config = Endpoints & { pdf200: string };
const config = sectionConfig<Config>();
// Requests go through the counting proxy so the report can say how many DynamoDB calls one ingest makes.
const counter = await startReadCounter(config.dynamodb);
usePipelineEnv(config, await freshTable(config.dynamodb, 'bench-memory'), counter.endpoint);
const { handler } = await import('../../../functions/ingest.ts');
const bench = createIngestBench(config, handler);
const prepared = await bench.prepare(new Uint8Array(await readFile(config.pdf200)));
const baseline = process.resourceUsage().maxRSS;
counter.reset();
await bench.invoke(prepared);
const peak = process.resourceUsage().maxRSS;
const requests = Object.entries(counter.operations)
  .map(([name, count]) => `${name} x${count}`)
  .join(', ');
await counter.stop();

// maxRSS is in kilobytes.
reportResult({ peak_rss_mb: peak / 1024, baseline_rss_mb: baseline / 1024, dynamodb_requests: requests, items_read: counter.itemsRead });
