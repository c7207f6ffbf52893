/**
 * bundle_kb and cold_init_ms: every function bundled as serverless-esbuild deploys it, then the median
 * time for a fresh `node` process to load (import, not invoke) each bundle, beside `node -e ''` and beside
 * the floor (floor-handler.ts: the DynamoDB client and one GetItem, bundled the same way).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { deployBuildOptions, functionEntries, readServerless, ROOT, type FunctionEntry } from './serverless-config.ts';
import { median, nowMs } from './stats.ts';

export interface BundleFigure {
  name: string;
  role: FunctionEntry['role'];
  file: string;
  kb: number;
  /** The largest packages inside the bundle, to say what makes it heavy. */
  largest: { module: string; kb: number }[];
  coldInitMs: number | null;
  /** The API function loaded without its NODE_OPTIONS (e.g. --enable-source-maps), to show what they cost. */
  coldInitWithoutNodeOptionsMs?: number;
  error?: string;
}

const packageOf = (input: string): string => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match?.[1] ?? (input.startsWith('lib/') || input.startsWith('functions/') ? '(project code)' : input);
};

function largestPackages(metafile: Metafile, output: string): { module: string; kb: number }[] {
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[output]?.inputs ?? {})) {
    totals.set(packageOf(input), (totals.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([module, bytes]) => ({ module, kb: bytes / 1024 }));
}

/** The function's environment as deployed (NODE_OPTIONS included: it changes what loading costs), plus what Lambda sets. */
function coldEnv(fn: FunctionEntry): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
  };
  for (const [key, value] of Object.entries(fn.environment)) env[key] = String(value);
  return env;
}

function timeProcess(args: string[], env: NodeJS.ProcessEnv): number {
  const start = nowMs();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  const elapsed = nowMs() - start;
  if (result.status !== 0) throw new Error(`loading ${args.join(' ')} failed: ${firstError(result.stderr.toString())}`);
  return elapsed;
}

/** The thrown error's line, not the minified source line node prints above it. */
const firstError = (stderr: string): string =>
  stderr
    .split('\n')
    .find((line) => /^\w*Error\b/.test(line.trim()))
    ?.trim() ?? stderr.trim().slice(-300);

export interface BundleResult {
  functions: BundleFigure[];
  emptyNodeMs: number;
  /** The floor bundle's cold load, with the API function's environment. */
  floorMs: number | null;
  floorKb: number | null;
  format: string;
  options: Record<string, unknown>;
}

export async function measureBundles(outDir: string, runs = 7, ymlFile?: string): Promise<BundleResult | null> {
  const yml = readServerless(ymlFile);
  if (yml === null) return null;
  const { options, format, outputExtension } = deployBuildOptions(yml);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // Lambda decides ESM or CommonJS from the nearest package.json too; give the bundles theirs.
  await writeFile(join(outDir, 'package.json'), JSON.stringify({ type: format === 'esm' ? 'module' : 'commonjs' }));
  const figures: BundleFigure[] = [];
  for (const fn of functionEntries(yml)) {
    const outdir = join(outDir, fn.name);
    try {
      const result = await build({
        ...options,
        entryPoints: [fn.entry],
        outdir,
        metafile: true,
        absWorkingDir: ROOT,
        logLevel: 'silent',
        write: true,
      });
      const output = Object.keys(result.metafile.outputs).find((file) => file.endsWith(outputExtension)) ?? '';
      const file = join(ROOT, output);
      figures.push({
        name: fn.name,
        role: fn.role,
        file: relative(ROOT, file),
        kb: (await stat(file)).size / 1024,
        largest: largestPackages(result.metafile, output),
        coldInitMs: null,
      });
    } catch (error) {
      figures.push({
        name: fn.name,
        role: fn.role,
        file: '',
        kb: Number.NaN,
        largest: [],
        coldInitMs: null,
        error: (error as Error).message.split('\n')[0],
      });
    }
  }
  const floor = await buildFloor(options, outputExtension, join(outDir, 'floor'));
  const entries = functionEntries(yml);
  const loadable = figures.filter((f) => !f.error);
  const samples = new Map<string, number[]>(loadable.map((f) => [f.name, []]));
  const api = loadable.find((f) => f.role === 'api');
  const apiEntry = entries.find((e) => e.name === api?.name);
  const plainApi: number[] = [];
  const empty: number[] = [];
  const floorSamples: number[] = [];
  const floorEnv = apiEntry ? coldEnv(apiEntry) : coldEnv({ environment: {} } as unknown as FunctionEntry);
  // Interleave the processes so a burst of machine noise hits every figure alike; the first round warms the disk cache.
  for (let round = -2; round < runs; round += 1) {
    const emptyMs = timeProcess(['-e', ''], { PATH: process.env.PATH });
    if (round >= 0) empty.push(emptyMs);
    const floorMs = timeProcess([floor.file], floorEnv);
    if (round >= 0) floorSamples.push(floorMs);
    for (const figure of loadable) {
      if (figure.error) continue;
      try {
        const ms = timeProcess([join(ROOT, figure.file)], coldEnv(entries.find((e) => e.name === figure.name) as FunctionEntry));
        if (round >= 0) samples.get(figure.name)?.push(ms);
      } catch (error) {
        figure.error = (error as Error).message;
      }
    }
    if (api && apiEntry?.environment.NODE_OPTIONS && !api.error) {
      const { NODE_OPTIONS: _dropped, ...env } = coldEnv(apiEntry);
      const ms = timeProcess([join(ROOT, api.file)], env);
      if (round >= 0) plainApi.push(ms);
    }
  }
  if (api && plainApi.length > 0) api.coldInitWithoutNodeOptionsMs = median(plainApi);
  for (const figure of loadable) if (!figure.error) figure.coldInitMs = median(samples.get(figure.name) ?? []);
  return { functions: figures, emptyNodeMs: median(empty), floorMs: median(floorSamples), floorKb: floor.kb, format, options };
}

async function buildFloor(
  options: Record<string, unknown>,
  outputExtension: string,
  outdir: string,
): Promise<{ file: string; kb: number }> {
  const result = await build({
    ...options,
    entryPoints: [join(ROOT, 'bench', 'perf', 'floor-handler.ts')],
    outdir,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'silent',
    write: true,
  });
  const output = Object.keys(result.metafile.outputs).find((file) => file.endsWith(outputExtension)) ?? '';
  const file = join(ROOT, output);
  return { file, kb: (await stat(file)).size / 1024 };
}
