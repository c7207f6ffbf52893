/**
 * peak_rss_mb_200p: one ingest of the 200-page PDF in a process of its own, read back as the process's
 * maximum resident set size (process.resourceUsage().maxRSS). The RSS held before the ingest (runtime,
 * tsx, AWS SDK, the handler's modules, the letter already ingested) is reported beside it.
 */
import { readFile } from 'node:fs/promises';
import { reportResult, sectionConfig } from '../child.ts';
import { createIngestBench } from '../ingest-bench.ts';
import { freshTable, usePipelineEnv } from '../pipeline.ts';
import type { Endpoints } from '../services.ts';

type Config = Endpoints & { pdf200: string };
const config = sectionConfig<Config>();
usePipelineEnv(config, await freshTable(config.dynamodb, 'bench-memory'));
const { handler } = await import('../../../functions/ingest.ts');
const bench = createIngestBench(config, handler);
const prepared = await bench.prepare(new Uint8Array(await readFile(config.pdf200)));
const baseline = process.resourceUsage().maxRSS;
await bench.invoke(prepared);
const peak = process.resourceUsage().maxRSS;

// maxRSS is in kilobytes.
reportResult({ peak_rss_mb: peak / 1024, baseline_rss_mb: baseline / 1024 });
