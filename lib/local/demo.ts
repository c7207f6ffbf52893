/**
 * `npm run demo`: the local stack on a fresh temporary data folder; loads the examples through the API,
 * prints their verdicts and deadlines, stops everything and exits 0 (1 if an example could not be processed).
 */
import './quiet-sdk-notice.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from './load-examples.ts';
import { onShutdownSignal } from './shutdown.ts';
import { startLocalStack, type LocalStack } from './stack.ts';
import { summarizeContract } from './verdict-summary.ts';

const EXAMPLES_ROOT = fileURLToPath(new URL('../../examples', import.meta.url));

async function main(): Promise<number> {
  const dataRoot = await mkdtemp(join(tmpdir(), 'notice-check-demo-'));
  let stack: LocalStack | undefined;
  const cleanUp = async () => {
    await stack?.stop();
    await rm(dataRoot, { recursive: true, force: true });
  };
  onShutdownSignal(cleanUp);
  try {
    stack = await startLocalStack({ dataRoot, port: 0, alertIntervalMs: null, log: (line) => console.log(line) });
    console.log(`API: ${stack.apiUrl}`);
    console.log(`Token: ${stack.token}`);
    const loaded = await loadExamples({
      apiUrl: stack.apiUrl,
      token: stack.token,
      examplesRoot: EXAMPLES_ROOT,
      ingestSettled: stack.ingestSettled,
    });
    for (const example of loaded) console.log(summarizeContract(example.contractId, example.verdicts, example.view).join('\n'));
    const failures = (await stack.ingestSettled()).filter((outcome) => !outcome.ok);
    console.log(
      `${loaded.length} example contract${loaded.length === 1 ? '' : 's'}, ${loaded.reduce((n, e) => n + e.verdicts.length, 0)} verdicts.`,
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
