/**
 * The whole service on one machine: DynamoDB Local (data kept in the data folder), the S3/SNS emulator, the
 * deployed handlers behind a local HTTP API, S3 notifications to the ingest handler, and the alert job on a
 * timer. The composition root of local mode; `start.ts` and `demo.ts` only run it.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { dynamoClient } from '../adapters/dynamo-client.ts';
import { dynamoContractRepository } from '../adapters/dynamo-contract-repository.ts';
import { s3MailStore } from '../adapters/s3-mail-store.ts';
import { ensureTable } from '../adapters/table-definition.ts';
import { loadConfig } from '../config.ts';
import { createAlertDelivery, type DeliveredAlert } from './alert-delivery.ts';
import { alertJob } from './alert-job.ts';
import { dataDir, type RuntimeInfo } from './data-dir.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { startEmulator } from './emulator.ts';
import { assertPortFree, startHttpApi } from './http-api.ts';
import { loadLocalIdentity } from './identity.ts';
import { localMailDelivery } from './inbound-delivery.ts';
import { loadFunction } from './lambda-runtime.ts';
import { localEnvironment } from './local-environment.ts';
import { s3Notifications, type IngestOutcome } from './s3-notifications.ts';
import { LOCAL_INBOUND_ADDRESS, startSmtpInbox } from './smtp-inbox.ts';
import { startS3PresignGateway } from './s3-presign-gateway.ts';
import { readServerlessFunctions, type ServerlessFunction } from './serverless-functions.ts';
import { Stopper } from './stopper.ts';
import { webApp } from './web-app.ts';

export const LOCAL_TENANT = 'demo';
const REGION = 'us-east-1';
const TABLE_NAME = 'contract-notice-checker-local';
const BUCKET_NAME = 'contract-notice-checker-local-documents';
const TOPIC_NAME = 'contract-notice-checker-local-alerts';
/** What the pipeline's clients use against local endpoints (lib/adapters/clients.ts); nothing checks them but this stack's S3 endpoint. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface LocalStackOptions {
  dataRoot: string;
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** How often the alert job runs on its own; null for never (the demo). */
  alertIntervalMs: number | null;
  log(line: string): void;
  /** The folder holding serverless.yml and the handler modules; this project by default. */
  projectRoot?: string;
  /** Port of the local SMTP inbox on 127.0.0.1; 0 (the default) picks a free one. */
  smtpPort?: number;
}

export interface LocalStack {
  apiUrl: string;
  token: string;
  tenant: string;
  s3Endpoint: string;
  /** Mail to notices+<contractId>@… on this port becomes a letter of that contract, if it exists; else unmatched mail. */
  smtpPort: number;
  runAlerts(now?: Date): Promise<DeliveredAlert[]>;
  /** Waits until every upload so far has been ingested. */
  ingestSettled(): Promise<IngestOutcome[]>;
  stop(): Promise<void>;
}

/**
 * @example
 * const stack = await startLocalStack({ dataRoot: '.data', port: 3000, alertIntervalMs: 60_000, log: console.log });
 * // … curl -H "authorization: Bearer $TOKEN" http://localhost:3000/contracts
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const paths = dataDir(options.dataRoot);
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  await mkdir(paths.root, { recursive: true });
  await assertDataDirFree(paths.runtimeFile, paths.root);
  if (options.port !== 0) await assertPortFree(options.port); // before Java starts: fail fast and clearly
  const stopper = new Stopper();
  try {
    const functions = await readServerlessFunctions(join(projectRoot, 'serverless.yml'));
    const identity = await loadLocalIdentity(paths.signingKey);

    const db = await startDynamoDbLocal({ dataDir: paths.dynamodb });
    stopper.add('DynamoDB Local', () => db.stop());
    const emulator = await startEmulator({ region: REGION });
    stopper.add('S3/SNS emulator', () => emulator.stop());
    emulator.server.createBucket(BUCKET_NAME);
    const { topicArn } = emulator.server.createTopic(TOPIC_NAME);
    // Upload URLs point here: it checks them as S3 would, which the emulator does not.
    const s3Gateway = await startS3PresignGateway({
      upstream: emulator.endpoint,
      secrets: { [LOCAL_CREDENTIALS.accessKeyId]: LOCAL_CREDENTIALS.secretAccessKey },
    });
    stopper.add('S3 endpoint', () => s3Gateway.stop());

    // The handlers read their configuration from the environment once, on first import: set it first.
    const env = localEnvironment(functions, {
      TABLE_NAME,
      BUCKET_NAME,
      TOPIC_ARN: topicArn,
      AWS_REGION: REGION,
      DYNAMODB_ENDPOINT: db.endpoint,
      S3_ENDPOINT: s3Gateway.endpoint,
      SNS_ENDPOINT: emulator.endpoint,
      // Textract exists only on AWS: scanned pages are read here by tesseract, with its English data on disk.
      OCR_ENGINE: 'tesseract',
    });
    Object.assign(process.env, env);
    const config = loadConfig(process.env); // fails here, with the variable's name, rather than in the first request

    await ensureTable(new DynamoDBClient({ endpoint: db.endpoint, region: REGION, credentials: LOCAL_CREDENTIALS }), TABLE_NAME);

    const ingestFunction = pick(
      functions,
      // Uploads land under tenants/: the function triggered there (or on the whole bucket), not the mail router.
      (fn) => fn.s3Prefixes.some((prefix) => 'tenants/'.startsWith(prefix)),
      'an s3 event on tenants/ (ingest)',
    );
    const ingest = loadFunction(projectRoot, ingestFunction);
    const notifications = s3Notifications({
      s3: new S3Client({ endpoint: emulator.endpoint, forcePathStyle: true, region: REGION, credentials: LOCAL_CREDENTIALS }),
      ingest,
      region: REGION,
      retryDelaysMs: Array.from({ length: ingestFunction.maximumRetryAttempts }, (_, attempt) => 1_000 * 2 ** attempt),
      log: options.log,
    });
    stopper.add('pending ingests', () => notifications.drainForShutdown());
    const unsubscribe = emulator.onObjectCreated((object) => {
      if (object.bucket === BUCKET_NAME) notifications.objectCreated(object);
    });
    stopper.add('S3 notifications', async () => unsubscribe());

    const bucket = new S3Client({ endpoint: emulator.endpoint, forcePathStyle: true, region: REGION, credentials: LOCAL_CREDENTIALS });
    const smtp = await startSmtpInbox({
      port: options.smtpPort ?? 0,
      maxBytes: config.maxUploadBytes,
      log: options.log,
      deliver: localMailDelivery({
        contracts: dynamoContractRepository(dynamoClient(config), TABLE_NAME),
        mail: s3MailStore(bucket, BUCKET_NAME),
        tenant: LOCAL_TENANT,
        log: options.log,
      }),
    });
    stopper.add('SMTP inbox', () => smtp.stop(), { first: true });

    const alerts = alertJob(
      loadFunction(
        projectRoot,
        pick(functions, (fn) => fn.hasScheduleEvent && fn.name === 'alerts', 'a schedule event (alerts)'),
      ),
      createAlertDelivery({ emulator, topicArn, region: REGION, logFile: paths.alertsLog, print: options.log }),
      REGION,
    );

    let pageToken = ''; // issued below, once the API's configuration is known
    const api = await startHttpApi({
      port: options.port,
      fallback: webApp({
        distDir: join(projectRoot, 'web', 'dist'),
        s3Endpoint: s3Gateway.endpoint,
        issuer: identity.issuer,
        token: () => pageToken,
        inboundAddress: LOCAL_INBOUND_ADDRESS,
      }),
      verifyToken: identity.verify,
      routes: functions.flatMap((fn) => {
        const local = loadFunction(projectRoot, fn);
        return fn.httpApi.map((route) => ({ route, fn: local }));
      }),
      localRoutes: [
        {
          // Not deployed: lets `notice-check alerts run [--now DATE]` run the job in the running stack.
          method: 'POST',
          path: '/_local/alerts/run',
          handle: async (body) => {
            const now = parseNow(body);
            if (now === null) return { status: 400, body: { code: 'INVALID_DATE', message: 'now must be an ISO date or date-time' } };
            const delivered = await alerts.run(now);
            return { status: 200, body: { ranAt: now.toISOString(), alerts: delivered } };
          },
        },
      ],
      onError: (error, context) =>
        options.log(`[api] ${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    stopper.add('HTTP API', () => api.stop(), { first: true });

    const token = await identity.issueToken({ tenant: LOCAL_TENANT, tenantClaim: config.tenantClaim });
    pageToken = token;
    const runtime: RuntimeInfo = { api: api.url, token, tenant: LOCAL_TENANT, pid: process.pid, startedAt: new Date().toISOString() };
    await writeFile(paths.runtimeFile, `${JSON.stringify(runtime, null, 2)}\n`, { mode: 0o600 });
    stopper.add('runtime file', () => rm(paths.runtimeFile, { force: true }));

    if (options.alertIntervalMs !== null) {
      const timer = setInterval(() => {
        alerts
          .run()
          .catch((error: unknown) => options.log(`[alerts] run failed: ${error instanceof Error ? error.message : String(error)}`));
      }, options.alertIntervalMs);
      stopper.add('alert timer', async () => clearInterval(timer), { first: true });
    }

    return {
      apiUrl: api.url,
      token,
      tenant: LOCAL_TENANT,
      s3Endpoint: s3Gateway.endpoint,
      smtpPort: smtp.port,
      runAlerts: (now) => alerts.run(now),
      ingestSettled: () => notifications.settled(),
      stop: () => stopper.stopAll(),
    };
  } catch (error) {
    await stopper.stopAll();
    throw error;
  }
}

/** Two DynamoDB Local processes on one database file would corrupt it: one stack per data folder. */
async function assertDataDirFree(runtimeFile: string, root: string): Promise<void> {
  let running: RuntimeInfo;
  try {
    running = JSON.parse(await readFile(runtimeFile, 'utf8')) as RuntimeInfo;
  } catch {
    return;
  }
  try {
    process.kill(running.pid, 0);
  } catch {
    return; // left behind by a stack that was killed outright
  }
  throw new Error(
    `Another local stack (pid ${running.pid}, ${running.api}) is using ${root}: stop it first, or set NOTICE_CHECK_DATA_DIR to another folder`,
  );
}

function pick(functions: ServerlessFunction[], test: (fn: ServerlessFunction) => boolean, what: string): ServerlessFunction {
  const found = functions.find(test);
  if (!found) throw new Error(`serverless.yml has no function with ${what}`);
  return found;
}

function parseNow(body: unknown): Date | null {
  const value = typeof body === 'object' && body !== null ? (body as { now?: unknown }).now : undefined;
  if (value === undefined || value === null) return new Date();
  if (typeof value !== 'string') return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
