import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run demo` to completion; the demo picks free ports and a temporary data folder itself. */
function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'demo'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The lines printed for one example contract: its id, then the indented lines under it. */
function blockFor(stdout: string, contractId: string): string {
  const lines = stdout.split('\n');
  const start = lines.indexOf(contractId);
  if (start === -1) return '';
  const end = lines.findIndex((line, index) => index > start && !line.startsWith(' '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('npm run demo', () => {
  it('loads the examples through the API on a fresh stack, prints their verdicts and exits 0', { timeout: 300_000 }, async () => {
    const { code, stdout, stderr } = await runDemo();

    expect(code, `demo failed:\n${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toMatch(/^API: http:\/\/localhost:\d+$/m);
    expect(stdout).toMatch(/^Token: [\w-]+\.[\w-]+\.[\w-]+$/m);

    // The motivating case: an emailed suspension effective the next day is compliant only if a suspension
    // ground existed; under the 30-day routes the earliest effective date was 2021-02-08.
    const motivating = blockFor(stdout, 'hosting-suspension');
    expect(motivating).toMatch(/verdict: CONDITIONAL — suspension from Stratoshelf/);
    expect(motivating).toContain('(email)');
    expect(motivating).toMatch(/effective 2021-01-10T23:59:00(\.000)?-08:00/);
    expect(motivating).toMatch(/earliest compliant 2021-02-08/);
    expect(motivating).toMatch(/deadline: suspension-effective 2021-01-10 America\/Los_Angeles \(§ 3\.1\)/);
    expect(stdout).not.toMatch(/FAILED \(/);
  });
});
