/**
 * The command line given a bomb, as a real process: it reports the document's code and plain message on
 * stderr and exits with the documented status 1 ("a file could not be read"); it never prints a V8 crash
 * or a stack trace. The bombs are made here at run time and refused under the default limits.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../lib/cli/exit-codes.ts';
import { docxOf, nestedFlatePdf } from '../text/hostile/make-hostile.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1024 * 1024;
const CRASH = /FATAL ERROR|heap out of memory|Native stack|\n\s+at |INTERNAL/;
let temp: string;
let nestedPdf: string;
let bigDocx: string;
const letter = join(root, 'examples', 'hosting-suspension', 'letter.txt');

interface Failure {
  code: number;
  stdout: string;
  stderr: string;
}

const noticeCheck = (args: string[]): Promise<Failure> =>
  run(process.execPath, [join(root, 'bin', 'notice-check.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Failure) => error,
  );

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'cnc-hostile-'));
  nestedPdf = join(temp, 'nested.pdf');
  bigDocx = join(temp, 'big.docx');
  // Past the default limits: 512 MB of decoded streams (limit 256 MB), 100 MB of inflated XML (limit 64 MB).
  await writeFile(nestedPdf, await nestedFlatePdf(512 * MB));
  await writeFile(bigDocx, await docxOf(' '.repeat(100 * MB)));
}, 60_000);
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('notice-check given a hostile document', { timeout: 60_000 }, () => {
  it('check on a nested-Flate PDF prints TOO_COMPLEX and its plain message, exit status 1', async () => {
    const result = await noticeCheck(['check', nestedPdf, letter]);
    expect(result.code).toBe(EXIT.FILE_FAILED);
    expect(result.stderr).toMatch(/^notice-check: TOO_COMPLEX: \S*nested\.pdf holds compressed data that expands to more than 256 MB/);
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.stdout).toBe('');
  });

  it('check --json on a .docx bomb: the same code on stderr, nothing half-written on stdout', async () => {
    const result = await noticeCheck(['check', '--json', bigDocx, letter]);
    expect(result.code).toBe(EXIT.FILE_FAILED);
    expect(result.stderr).toMatch(/^notice-check: TOO_COMPLEX: \S*big\.docx would expand to 100 MB when opened, over the 64 MB limit\./);
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.stdout).toBe('');
  });

  it('extract --json gives the code in the file’s JSON line', async () => {
    const result = await noticeCheck(['extract', '--json', nestedPdf]);
    expect(result.code).toBe(EXIT.FILE_FAILED);
    expect(JSON.parse(result.stdout)).toMatchObject({
      file: nestedPdf,
      error: { code: 'TOO_COMPLEX', message: expect.stringContaining('256 MB') },
    });
    expect(result.stderr).not.toMatch(CRASH);
  });
});
