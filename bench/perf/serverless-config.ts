/**
 * Reads what the benchmark needs from serverless.yml: each function's handler file and role (ingest,
 * api, alerts), and the esbuild options serverless-esbuild would use, so bundles are measured exactly as
 * they deploy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export type Role = 'ingest' | 'api' | 'alerts' | 'other';

export interface FunctionEntry {
  name: string;
  entry: string;
  role: Role;
  /** For HTTP functions: "GET /contracts/{contractId}/verdicts". */
  routes: string[];
  environment: Record<string, unknown>;
}

interface Yml {
  [key: string]: unknown;
  params?: { default?: Record<string, unknown> };
  provider?: { runtime?: string; environment?: Record<string, unknown> };
  functions?: Record<string, { handler?: string; events?: Record<string, unknown>[]; environment?: Record<string, unknown> }>;
  custom?: { esbuild?: Record<string, unknown> };
}

export function readServerless(file = resolve(ROOT, 'serverless.yml')): Yml | null {
  // CloudFormation tags (!Ref, !GetAtt) are not YAML the parser knows: their values are kept as plain strings.
  return existsSync(file) ? (parse(readFileSync(file, 'utf8'), { logLevel: 'error' }) as Yml) : null;
}

function route(event: Record<string, unknown>): string | null {
  const http = (event.httpApi ?? event.http) as string | { method?: string; path?: string } | undefined;
  if (http === undefined) return null;
  if (typeof http === 'string') return http;
  return `${(http.method ?? '*').toUpperCase()} ${http.path ?? ''}`;
}

function entryFile(handler: string): string {
  const base = handler.slice(0, handler.lastIndexOf('.'));
  const found = ['.ts', '.mts', '.js', '.mjs'].map((ext) => resolve(ROOT, base + ext)).find(existsSync);
  return found ?? resolve(ROOT, `${base}.ts`);
}

const VERDICT_ROUTE = /^GET \/contracts\/\{[^}]+\}\/verdicts$/;

/** The deployed functions, each tagged with the role the benchmark measures it as. */
export function functionEntries(yml: Yml): FunctionEntry[] {
  const entries = Object.entries(yml.functions ?? {}).map(([name, fn]) => {
    const events = fn.events ?? [];
    const routes = events.map(route).filter((r): r is string => r !== null);
    const role: Role = events.some((e) => 's3' in e || /ingest/i.test(name))
      ? 'ingest'
      : events.some((e) => 'schedule' in e || 'eventBridge' in e)
        ? 'alerts'
        : routes.some((r) => VERDICT_ROUTE.test(r))
          ? 'api'
          : 'other';
    const environment = Object.fromEntries(
      Object.entries({ ...yml.provider?.environment, ...fn.environment }).map(([key, value]) => [
        key,
        resolveVariables(String(value), yml),
      ]),
    );
    return { name, entry: entryFile(fn.handler ?? ''), role, routes, environment };
  });
  return entries;
}

/**
 * Resolves `${param:x}` from params.default and `${self:a.b}` from the file itself, as `osls package` would;
 * what only exists at deploy time (`${sls:stage}`, `${opt:...}`, `${AWS::...}`) becomes "bench".
 * @example resolveVariables('${self:service}-${sls:stage}', { service: 'cnc' }) // 'cnc-bench'
 */
export function resolveVariables(value: string, yml: Yml): string {
  const lookup = (path: string): unknown =>
    path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], yml);
  let current = value;
  for (let pass = 0; pass < 5 && current.includes('${'); pass += 1) {
    current = current.replace(/\$\{(param|self):([^}]+)\}/g, (whole, kind: string, path: string) => {
      const found = kind === 'param' ? yml.params?.default?.[path] : lookup(path);
      return typeof found === 'string' || typeof found === 'number' ? String(found) : whole;
    });
    if (!/\$\{(param|self):/.test(current)) break;
  }
  return current.replace(/\$\{[^}]+\}/g, 'bench');
}

// serverless-esbuild's own option names, removed before esbuild sees the options (dist/bundle.js).
const PLUGIN_ONLY = [
  'concurrency',
  'zipConcurrency',
  'exclude',
  'nativeZip',
  'packager',
  'packagePath',
  'watch',
  'keepOutputDirectory',
  'packagerOptions',
  'installExtraArgs',
  'outputFileExtension',
  'outputBuildFolder',
  'outputWorkFolder',
  'nodeExternals',
  'skipBuild',
  'skipRebuild',
  'skipBuildExcludeFns',
  'stripEntryResolveExtensions',
  'disposeContext',
  'config',
];

export interface DeployBuild {
  options: Record<string, unknown>;
  outputExtension: string;
  format: 'esm' | 'cjs';
}

/** serverless-esbuild's defaults, then the runtime's target, then custom.esbuild — the plugin's own merge order. */
export function deployBuildOptions(yml: Yml): DeployBuild {
  const custom = yml.custom?.esbuild ?? {};
  const runtime = /^nodejs(\d+)/.exec(yml.provider?.runtime ?? 'nodejs22.x');
  const merged: Record<string, unknown> = {
    bundle: true,
    platform: 'node',
    exclude: ['aws-sdk'],
    target: `node${runtime?.[1] ?? '22'}`,
    ...custom,
  };
  const exclude = (Array.isArray(merged.exclude) ? merged.exclude : [merged.exclude]).filter((x): x is string => typeof x === 'string');
  const external = (Array.isArray(merged.external) ? merged.external : []).filter((x): x is string => typeof x === 'string');
  const outputExtension = typeof merged.outputFileExtension === 'string' ? merged.outputFileExtension : '.js';
  const options = Object.fromEntries(Object.entries(merged).filter(([key]) => !PLUGIN_ONLY.includes(key)));
  options.external = [...external, ...(exclude.includes('*') ? [] : exclude)];
  if (outputExtension !== '.js') options.outExtension = { '.js': outputExtension };
  const format = merged.format === 'esm' || merged.platform === 'neutral' ? 'esm' : 'cjs';
  return { options, outputExtension, format };
}
