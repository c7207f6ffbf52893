// Builds the web app, starts the local stack in its own process and hands its addresses to the tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function globalSetup(): Promise<() => Promise<void>> {
  execFileSync('npx', ['vite', 'build', 'web', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/e2e/serve.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { url, smtpPort } = await new Promise<{ url: string; smtpPort: string }>((done, fail) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /READY (\S+) SMTP (\d+)/.exec(seen);
      if (match?.[1] && match[2]) done({ url: match[1], smtpPort: match[2] });
    });
    child.on('exit', (code) => fail(new Error(`The local stack exited (${code}) before it was ready`)));
  });
  process.env.E2E_BASE_URL = url;
  process.env.E2E_SMTP_PORT = smtpPort; // the local inbox that stands in for inbound email
  return async () => {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  };
}
