// The local stack for the browser tests: a fresh data folder, free ports; prints its addresses when ready.
import '../../lib/local/quiet-sdk-notice.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onShutdownSignal } from '../../lib/local/shutdown.ts';
import { startLocalStack } from '../../lib/local/stack.ts';

const dataRoot = await mkdtemp(join(tmpdir(), 'notice-check-e2e-'));
const stack = await startLocalStack({ dataRoot, port: 0, alertIntervalMs: null, log: (line) => console.error(line) });
onShutdownSignal(async () => {
  await stack.stop();
  await rm(dataRoot, { recursive: true, force: true });
});
console.log(`READY ${stack.apiUrl} SMTP ${stack.smtpPort}`);
