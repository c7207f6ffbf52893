/**
 * Runs one measurement in a fresh `node` process: each figure starts from a cold heap and JIT, a slow
 * section cannot stall the whole run (it is killed at its time limit), and peak RSS belongs to one task.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const RESULT_PREFIX = 'BENCH_RESULT ';
const SECTIONS = resolve(import.meta.dirname, 'sections');

/** Called by a section script: the one line its parent reads. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** The configuration the parent passed to this section. */
export function sectionConfig<T>(): T {
  return JSON.parse(process.env.BENCH_SECTION_CONFIG ?? '{}') as T;
}

export class SectionFailure extends Error {
  override readonly name = 'SectionFailure';
}

/**
 * Runs bench/perf/sections/<name>.ts under tsx and resolves with what it reported.
 * @example await runSection('extraction', { pdf: '.bench/contract-200p.pdf' }, 120_000)
 */
export function runSection<T>(name: string, config: unknown, timeoutMs: number): Promise<T> {
  return new Promise((done, fail) => {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of every section there (open it in Chrome DevTools).
    const profile = process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`, `--cpu-prof-name=${name}.cpuprofile`]
      : [];
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', resolve(SECTIONS, `${name}.ts`)], {
      env: { ...process.env, BENCH_SECTION_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let result: T | undefined;
    let errors = '';
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
        else if (line.trim()) process.stderr.write(`  [${name}] ${line}\n`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-20_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (result !== undefined && code === 0) return done(result);
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs / 1000} s` : `exited with ${code ?? signal}`;
      fail(new SectionFailure(`${name} ${why}: ${lastLines(errors)}`));
    });
  });
}

/** The thrown error's own line (not the stack below it), else the tail of stderr. */
const lastLines = (text: string): string => {
  const lines = text.trim().split('\n');
  if (process.env.BENCH_DEBUG) process.stderr.write(text);
  const thrown = lines.findLast((line) => /^(\w*Error|\w+Exception)\b/.test(line.trim())) ?? lines.find((line) => /Error:/.test(line));
  return thrown?.trim().slice(0, 400) ?? lines.slice(-4).join(' | ');
};
