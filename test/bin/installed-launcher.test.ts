/**
 * An installed copy (under node_modules, where Node refuses to strip types) runs the compiled CLI that
 * `npm run build:cli` writes, with neither tsx nor the TypeScript sources present.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let temp: string;
let installed: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'cnc-installed-'));
  installed = join(temp, 'node_modules', 'contract-notice-checker');
  await mkdir(join(installed, 'bin'), { recursive: true });
  await cp(join(root, 'bin', 'notice-check.js'), join(installed, 'bin', 'notice-check.js'));
  await cp(join(root, 'package.json'), join(installed, 'package.json'));
  await symlink(join(root, 'node_modules'), join(installed, 'node_modules'), 'dir'); // its dependencies
  // The same command as the build:cli script, written into the installed copy: the CLI and the reader
  // process that reads documents, bundled side by side.
  await run(
    'npx',
    [
      'esbuild',
      'main=lib/cli/main.ts',
      'extract-worker=lib/text/extract-worker.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node24',
      '--packages=external',
      `--outdir=${join(installed, 'dist', 'cli')}`,
      '--out-extension:.js=.mjs',
      '--log-level=warning',
    ],
    { cwd: root },
  );
}, 120_000);
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('an installed notice-check', { timeout: 60_000 }, () => {
  it('runs from compiled JavaScript without tsx or the TypeScript sources', async () => {
    const { stdout } = await run(process.execPath, [join(installed, 'bin', 'notice-check.js'), '--version']);
    expect(stdout).toMatch(/^notice-check \d+\.\d+\.\d+\n$/);
  });

  it('reads a contract like the checkout does', async () => {
    const file = join(root, 'examples', 'hosting-suspension', 'agreement.txt');
    const { stdout } = await run(process.execPath, [join(installed, 'bin', 'notice-check.js'), 'extract', '--json', file]);
    expect(JSON.parse(stdout.split('\n')[0]!)).toMatchObject({ kind: 'agreement' });
  });

  it('reads a PDF in the compiled reader process beside the compiled CLI', async () => {
    const file = join(root, 'examples', 'hosting-suspension', 'agreement.pdf');
    const { stdout } = await run(process.execPath, [join(installed, 'bin', 'notice-check.js'), 'extract', '--json', file]);
    expect(JSON.parse(stdout.split('\n')[0]!)).toMatchObject({ kind: 'agreement', pages: 2 });
  });
});
