/**
 * `npm run bench` — measures the figures of docs/benchmarks.md in one run and prints them beside their
 * goals; `npm run bench -- --json` also prints them as one JSON object on the last line.
 * Every measurement runs in its own child process (see bench/perf/child.ts); DynamoDB Local and the
 * S3/SNS emulator are started once here on free ports and always stopped.
 */
import { join } from 'node:path';
import { BENCH_DIR, makeInputs } from './make-inputs.ts';
import { measureBundles } from './perf/bundles.ts';
import { runSection } from './perf/child.ts';
import { emptyFigures, type Figures } from './perf/figures.ts';
import { describeMachine } from './perf/machine.ts';
import { makeHostileInputs } from './perf/hostile-inputs.ts';
import { ensurePdftotext } from './perf/pdftotext.ts';
import { renderTable } from './perf/report.ts';
import type { HostileReading } from './perf/sections/hostile.ts';
import { startServices, type Services } from './perf/services.ts';
import { nowMs, round } from './perf/stats.ts';

const json = process.argv.includes('--json');
/** `--only=ingest,api` runs a subset while working on one figure; the JSON keeps every key (null when not run). */
const only =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null;
const log = (message: string) => process.stderr.write(`${message}\n`);
const figures = emptyFigures();
const details: string[] = [];
const notes: string[] = [];
const started = nowMs();
const MINUTE = 60_000;

/** Runs one part of the benchmark; a part that fails leaves its figures null and says why. */
async function part(name: string, task: () => Promise<void>): Promise<void> {
  if (only && name !== 'local services' && !only.includes(name.split(' ')[0] as string)) return;
  const start = nowMs();
  log(`bench: ${name}...`);
  try {
    await task();
  } catch (error) {
    notes.push(`${name}: ${(error as Error).message}`);
  }
  log(`bench: ${name} done in ${((nowMs() - start) / 1000).toFixed(1)} s`);
}

ensurePdftotext(log);
const inputs = await makeInputs();

await part('extraction', async () => {
  const r = await runSection<Record<string, number | null>>('extraction', inputs, 4 * MINUTE);
  figures.extract_only_200p_ms = r.extract_only_200p_ms ?? null;
  figures.pdftotext_200p_ms = r.pdftotext_200p_ms ?? null;
  if (figures.pdftotext_200p_ms === null)
    notes.push('pdftotext (poppler-utils) is not installed: pdftotext_200p_ms and ingest_vs_pdftotext are null');
  details.push(`extraction: 200 pages, ${r.chars_200p} characters; 20 pages in ${r.extract_only_20p_ms?.toFixed(0)} ms (unpdf)`);
});

await part('analysis', async () => {
  const r = await runSection<Record<string, number>>('analysis', inputs, 5 * MINUTE);
  figures.analysis_mb_per_s = r.analysis_mb_per_s ?? null;
  figures.analysis_scaling_exponent = r.analysis_scaling_exponent ?? null;
  figures.analysis_worst_mb_per_s = r.analysis_worst_mb_per_s ?? null;
  details.push(
    `analysis worst case: ${JSON.stringify((r as Record<string, unknown>).analysis_worst_shape)} repeated to 256 KB, ${r.analysis_worst_mb_per_s?.toFixed(4)} MB/s`,
  );
  details.push(
    `analysis: 200-page text ${r.analysis_200p_ms?.toFixed(1)} ms (${r.analysis_200p_mb_per_s?.toFixed(1)} MB/s, ${r.provisions_200p} provisions); ` +
      `1x ${(r.text_1x_bytes! / 1e6).toFixed(2)} MB in ${r.analysis_1x_ms?.toFixed(1)} ms, 8x in ${r.analysis_8x_ms?.toFixed(1)} ms`,
  );
});

await part('bundles and cold start', async () => {
  const result = await measureBundles(join(BENCH_DIR, 'bundles'));
  if (result === null) throw new Error('serverless.yml not found');
  for (const role of ['ingest', 'api', 'alerts'] as const) {
    const fn = result.functions.find((f) => f.role === role);
    if (!fn) notes.push(`bundles: no function in serverless.yml is the ${role} function`);
    if (fn?.error) notes.push(`bundles: ${fn.name}: ${fn.error}`);
    figures.bundle_kb[role] = fn && Number.isFinite(fn.kb) ? fn.kb : null;
    figures.cold_init_ms[role] = fn?.coldInitMs ?? null;
  }
  figures.cold_init_ms.empty_node = result.emptyNodeMs;
  figures.cold_init_ms.floor = result.floorMs;
  const { api, floor } = figures.cold_init_ms;
  figures.api_vs_floor = api !== null && floor !== null && floor > 0 ? api / floor : null;
  details.push(`floor: DynamoDB client and one GetItem, ${result.floorKb?.toFixed(0)} KB, cold ${result.floorMs?.toFixed(1)} ms`);
  details.push(`bundles (esbuild ${result.format}, options from serverless.yml):`);
  for (const fn of result.functions) {
    const heavy = fn.largest.map((l) => `${l.module} ${l.kb.toFixed(0)} KB`).join(', ');
    details.push(`  ${fn.name} [${fn.role}] ${fn.kb.toFixed(0)} KB, cold ${fn.coldInitMs?.toFixed(1) ?? '-'} ms; largest: ${heavy}`);
    if (fn.coldInitWithoutNodeOptionsMs !== undefined) {
      details.push(`    the same without the function's NODE_OPTIONS (${fn.role}): cold ${fn.coldInitWithoutNodeOptionsMs.toFixed(1)} ms`);
    }
  }
});

await part('ocr', async () => {
  const r = await runSection<Record<string, number>>('ocr', {}, 3 * MINUTE);
  figures.ocr_ms_per_page = r.ocr_ms_per_page ?? null;
  details.push(
    `ocr: one scanned page (150 dpi) by tesseract in ${r.ocr_ms_per_page?.toFixed(0)} ms (median of ${r.runs}; the first, worker start included, ${r.first_page_with_start_ms?.toFixed(0)} ms); ` +
      `${r.words} words at ${r.mean_confidence?.toFixed(0)}% mean confidence; peak RSS ${r.peak_rss_mb?.toFixed(0)} MB`,
  );
});

await part('hostile documents', async () => {
  const dir = join(BENCH_DIR, 'hostile');
  const documents = await makeHostileInputs(dir);
  const r = await runSection<{
    hostile_reader_peak_rss_mb: number | null;
    hostile_parent_peak_rss_mb: number;
    readings: HostileReading[];
    reference: HostileReading;
  }>('hostile', { dir, documents, reference: inputs.pdf200 }, 4 * MINUTE);
  figures.hostile_reader_peak_rss_mb = r.hostile_reader_peak_rss_mb;
  figures.hostile_parent_peak_rss_mb = r.hostile_parent_peak_rss_mb;
  details.push('hostile documents, default limits (reader peak RSS / caller peak RSS, outcome, wall time):');
  const width = Math.max(...[...r.readings, r.reference].map((reading) => reading.file.length));
  for (const reading of [...r.readings, r.reference]) {
    const reader = reading.reader_peak_mb === null ? 'no reader' : `${reading.reader_peak_mb.toFixed(0)} MB`;
    const ocr = reading.ocr_pages > 0 ? `, ${reading.ocr_pages} page(s) to OCR` : '';
    details.push(
      `  ${reading.file.padEnd(width)}  ${reader.padStart(9)} / ${reading.parent_peak_mb.toFixed(0).padStart(4)} MB  ` +
        `${reading.outcome.padEnd(11)} ${(reading.ms / 1000).toFixed(1).padStart(5)} s  ${(reading.bytes / 1024).toFixed(0)} KB: ${reading.what}${ocr}`,
    );
  }
});

let services: Services | null = null;
try {
  const needsServices = !only || only.some((name) => ['ingest', 'memory', 'api', 'alerts'].includes(name));
  if (needsServices)
    await part('local services', async () => {
      services = await startServices();
    });
  const endpoints = services ? (services as Services).endpoints : null;
  if (endpoints) {
    await part('ingest', async () => {
      const r = await runSection<Record<string, number | string>>('ingest', { ...inputs, ...endpoints }, 5 * MINUTE);
      const n = (key: string) => (typeof r[key] === 'number' ? (r[key] as number) : null);
      figures.ingest_200p_ms = n('ingest_200p_ms');
      // Measured side by side with the ingest, so they replace the extraction section's stand-ins.
      figures.extract_only_200p_ms = n('extract_only_200p_ms') ?? figures.extract_only_200p_ms;
      figures.pdftotext_200p_ms = n('pdftotext_200p_ms');
      figures.ingest_vs_pdftotext = n('ingest_vs_pdftotext');
      figures.analysis_share = n('analysis_share');
      details.push(
        `ingest: 200 pages ${n('ingest_200p_ms')?.toFixed(0)} ms, 20 pages ${n('ingest_20p_ms')?.toFixed(0)} ms (handler, S3 read included, ${r.runs} runs); ` +
          `stored ${r.provisions} provisions, ${r.deadlines} deadlines, verdict ${r.verdict_status}`,
        `  side by side in each round: extractText alone ${n('extract_only_200p_ms')?.toFixed(0)} ms, pdftotext ${n('pdftotext_200p_ms')?.toFixed(0) ?? '-'} ms (medians; the ratio is the median of the rounds' ratios)`,
        `  inside one 200-page ingest: extraction ${n('breakdown_extract_ms')?.toFixed(0)} ms, analysis ${n('breakdown_analysis_ms')?.toFixed(0)} ms, ` +
          `S3 + DynamoDB + the rest ${n('breakdown_rest_ms')?.toFixed(0)} ms`,
      );
    });
    await part('memory', async () => {
      const r = await runSection<Record<string, number>>('ingest-once', { ...inputs, ...endpoints }, 2 * MINUTE);
      figures.peak_rss_mb_200p = r.peak_rss_mb ?? null;
      details.push(
        `memory: peak RSS ${r.peak_rss_mb?.toFixed(0)} MB ingesting 200 pages (the process holds ${r.baseline_rss_mb?.toFixed(0)} MB before the ingest)`,
      );
      details.push(`  DynamoDB requests in one 200-page ingest: ${r.dynamodb_requests} (${r.items_read} items read)`);
    });
    await part('api', async () => {
      const r = await runSection<Record<string, number>>('api', { ...inputs, ...endpoints }, 3 * MINUTE);
      figures.api_p50_ms = r.api_p50_ms ?? null;
      figures.raw_getitem_p50_ms = r.raw_getitem_p50_ms ?? null;
      details.push(
        `api: ${r.requests} requests; handler p50 ${r.api_p50_ms?.toFixed(2)} ms, p90 ${r.api_p90_ms?.toFixed(2)} ms; GetItem p50 ${r.raw_getitem_p50_ms?.toFixed(2)} ms`,
      );
    });
    await part('alerts', async () => {
      const r = await runSection<Record<string, number | string>>('alerts', endpoints, 5 * MINUTE);
      figures.alerts_items_read_per_due = typeof r.items_read_per_due === 'number' ? r.items_read_per_due : null;
      details.push(
        `alerts: ${r.contracts} contracts (${r.items_stored} items), ${r.due} due; the job read ${r.items_read} items (${r.operations}), published ${r.published}; seeding took ${(Number(r.seed_ms) / 1000).toFixed(1)} s`,
      );
    });
  }
} finally {
  await (services as Services | null)?.stop();
}

details.push(`total run time ${((nowMs() - started) / 1000).toFixed(0)} s`);

const rounded = roundFigures(figures);
console.log(renderTable(rounded, describeMachine(), details, notes));
if (json) console.log(JSON.stringify(rounded));

function roundFigures(f: Figures): Figures {
  const r = (v: number | null, d = 2) => round(v, d);
  return {
    ingest_200p_ms: r(f.ingest_200p_ms, 1),
    extract_only_200p_ms: r(f.extract_only_200p_ms, 1),
    pdftotext_200p_ms: r(f.pdftotext_200p_ms, 1),
    ingest_vs_pdftotext: r(f.ingest_vs_pdftotext, 3),
    analysis_share: r(f.analysis_share, 4),
    analysis_mb_per_s: r(f.analysis_mb_per_s, 2),
    analysis_scaling_exponent: r(f.analysis_scaling_exponent, 3),
    analysis_worst_mb_per_s: r(f.analysis_worst_mb_per_s, 4),
    bundle_kb: { ingest: r(f.bundle_kb.ingest, 1), api: r(f.bundle_kb.api, 1), alerts: r(f.bundle_kb.alerts, 1) },
    cold_init_ms: {
      ingest: r(f.cold_init_ms.ingest, 1),
      api: r(f.cold_init_ms.api, 1),
      alerts: r(f.cold_init_ms.alerts, 1),
      empty_node: r(f.cold_init_ms.empty_node, 1),
      floor: r(f.cold_init_ms.floor, 1),
    },
    api_vs_floor: r(f.api_vs_floor, 3),
    api_p50_ms: r(f.api_p50_ms, 3),
    raw_getitem_p50_ms: r(f.raw_getitem_p50_ms, 3),
    alerts_items_read_per_due: r(f.alerts_items_read_per_due, 3),
    peak_rss_mb_200p: r(f.peak_rss_mb_200p, 1),
    ocr_ms_per_page: r(f.ocr_ms_per_page, 1),
    hostile_reader_peak_rss_mb: r(f.hostile_reader_peak_rss_mb, 0),
    hostile_parent_peak_rss_mb: r(f.hostile_parent_peak_rss_mb, 0),
  };
}
