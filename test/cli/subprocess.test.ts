import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

describe('bin/notice-check.js as a real process', () => {
  it('extract --json prints the documented JSON line and exits 0', async () => {
    const { stdout, stderr } = await run(process.execPath, ['bin/notice-check.js', 'extract', '--json', 'test/fixtures/files/hosting-agreement.pdf'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const line = JSON.parse(stdout);
    expect(line).toMatchObject({ file: 'test/fixtures/files/hosting-agreement.pdf', kind: 'agreement', pages: 2, governingLaw: 'US-WA' });
    expect(stderr).toBe('');
  });

  it('a failed file sets a non-zero exit status and prints no stack trace', async () => {
    const failure = await run(process.execPath, ['bin/notice-check.js', 'extract', 'test/fixtures/files/encrypted.pdf'], { cwd: root }).then(
      () => expect.unreachable('expected exit status 1'),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/^notice-check: ENCRYPTED_PDF: test\/fixtures\/files\/encrypted\.pdf is password-protected\./);
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
