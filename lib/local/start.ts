/**
 * `npm start`: the whole service on this machine, data kept in `.data/`, until Ctrl-C. Prints the API address
 * and a token for tenant `demo`, loads the examples on first start and prints their verdicts.
 * Environment: PORT (3000), NOTICE_CHECK_DATA_DIR (.data), LOCAL_ALERT_INTERVAL_SECONDS (60), and the
 * service's own variables (DEFAULT_ZONE, ALERT_OFFSETS, MAX_UPLOAD_BYTES…), which override serverless.yml's.
 */
import './quiet-sdk-notice.ts';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dataDir, defaultDataRoot } from './data-dir.ts';
import { loadExamples } from './load-examples.ts';
import { onShutdownSignal } from './shutdown.ts';
import { startLocalStack, type LocalStack } from './stack.ts';
import { summarizeContract } from './verdict-summary.ts';
import { ensureWebBuilt } from './web-build.ts';

const EXAMPLES_ROOT = fileURLToPath(new URL('../../examples', import.meta.url));
const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const alertIntervalMs = parseSeconds('LOCAL_ALERT_INTERVAL_SECONDS', process.env.LOCAL_ALERT_INTERVAL_SECONDS, 60) * 1000;
  const paths = dataDir(defaultDataRoot());
  let stack: LocalStack | undefined;
  onShutdownSignal(async () => {
    console.log('Stopping…');
    await stack?.stop();
  });

  try {
    if (await ensureWebBuilt(WEB_ROOT)) console.log('Built the web app (web/dist).');
  } catch (error) {
    console.error(`The web app could not be built (the API still starts): ${error instanceof Error ? error.message : String(error)}`);
  }
  stack = await startLocalStack({
    dataRoot: paths.root,
    port,
    smtpPort: parsePort(process.env.SMTP_PORT ?? '2525'),
    alertIntervalMs,
    log: (line) => console.log(line),
  });
  console.log(`API: ${stack.apiUrl}`);
  console.log(`Token: ${stack.token}`);
  console.log(
    `SMTP inbox: 127.0.0.1:${stack.smtpPort} (mail to notices+<contractId>@inbound.localhost becomes a letter of that contract; other mail waits under Unmatched mail)`,
  );

  if (existsSync(paths.examplesLoadedMarker)) {
    console.log(`Examples already loaded into tenant ${stack.tenant} (delete ${paths.root} to start afresh).`);
  } else {
    console.log(`Loading the examples into tenant ${stack.tenant}…`);
    try {
      const loaded = await loadExamples({
        apiUrl: stack.apiUrl,
        token: stack.token,
        examplesRoot: EXAMPLES_ROOT,
        ingestSettled: stack.ingestSettled,
      });
      for (const example of loaded) console.log(summarizeContract(example.contractId, example.verdicts, example.view).join('\n'));
      await writeFile(paths.examplesLoadedMarker, `${new Date().toISOString()}\n`);
    } catch (error) {
      // The service itself is up: report and keep serving; the next start tries the examples again.
      console.error(`Loading the examples failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(
    `Alerts run every ${alertIntervalMs / 1000} s and are appended to ${paths.alertsLog}; run now: npx notice-check alerts run [--now DATE]`,
  );
  console.log(`Web app: ${stack.apiUrl}/ (signed in as tenant ${stack.tenant})`);
  openInBrowser(`${stack.apiUrl}/`);
  console.log('Ready. Press Ctrl-C to stop.');
}

/** Opens the page for a person at a terminal; never in CI or when BROWSER=none. */
function openInBrowser(url: string): void {
  if (!process.stdout.isTTY || process.env.CI || process.env.BROWSER === 'none') return;
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {}); // no desktop to open it on: the printed address is enough
  child.unref();
}

function parseSeconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) {
    console.error(`${name} must be a whole number of seconds (1 or more), not "${value}"`);
    process.exit(2);
  }
  return seconds;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`PORT must be a port number (0-65535), not "${value}"`);
    process.exit(2);
  }
  return port;
}

main().catch(async (error: unknown) => {
  console.error(`The local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
