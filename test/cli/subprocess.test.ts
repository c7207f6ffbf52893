import { execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

// Each run starts node and tsx afresh: slow on a busy machine, so these get a longer timeout.
describe('bin/notice-check.js as a real process', { timeout: 90_000 }, () => {
  it('extract --json prints the documented JSON line and exits 0', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['bin/notice-check.js', 'extract', '--json', 'test/fixtures/files/hosting-agreement.pdf'],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const line = JSON.parse(stdout);
    expect(line).toMatchObject({ file: 'test/fixtures/files/hosting-agreement.pdf', kind: 'agreement', pages: 2, governingLaw: 'US-WA' });
    expect(stderr).toBe('');
  });

  it('a failed file sets a non-zero exit status and prints no stack trace', async () => {
    const failure = await run(process.execPath, ['bin/notice-check.js', 'extract', 'test/fixtures/files/encrypted.pdf'], {
      cwd: root,
    }).then(
      () => expect.unreachable('expected exit status 1'),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/^notice-check: ENCRYPTED_PDF: test\/fixtures\/files\/encrypted\.pdf is password-protected\./);
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader closes the pipe early (| head -1)', async () => {
    // 300 results (~1 MB) cannot fit in a pipe buffer, so the writer must meet the closed pipe.
    const files = Array.from({ length: 300 }, () => 'test/fixtures/files/hosting-agreement.txt');
    const child = spawn(process.execPath, ['bin/notice-check.js', 'extract', '--json', ...files], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(exitCode).toBe(0);
  });
});
