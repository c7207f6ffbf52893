/**
 * DynamoDB Local and the S3/SNS/SQS emulator for one test file: free ports, a fresh table, bucket and topic,
 * an SQS queue subscribed to the topic (to count published alerts), and the environment the handlers read.
 * Always stop it in afterAll.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { awsClients, type AwsClients } from '../../lib/adapters/clients.ts';
import { ensureTable } from '../../lib/adapters/table-definition.ts';
import { loadConfig, type Config } from '../../lib/config.ts';
import { startDynamoDbLocal, type DynamoDbLocal, type DynamoDbLocalOptions } from '../../lib/local/dynamodb-local.ts';
import { startEmulator, type Emulator } from '../../lib/local/emulator.ts';

export interface LocalAws {
  db: DynamoDbLocal;
  emulator: Emulator | null;
  env: Record<string, string>;
  config: Config;
  clients: AwsClients;
  alertQueue: string;
  /** Puts an object the way a presigned upload would. */
  upload(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  /** The SNS messages delivered to the subscribed queue so far. */
  publishedAlerts(): Array<{ Subject?: string; Message: string }>;
  stop(): Promise<void>;
}

export async function startLocalAws(
  options: { emulator?: boolean; env?: Record<string, string>; db?: DynamoDbLocalOptions } = {},
): Promise<LocalAws> {
  const suffix = randomUUID().slice(0, 8);
  const db = await startDynamoDbLocal(options.db ?? {});
  let emulator: Emulator | null = null;
  try {
    const tableName = `test-${suffix}`;
    const bucketName = `documents-${suffix}`;
    const alertQueue = `alerts-${suffix}`;
    let topicArn = `arn:aws:sns:us-east-1:000000000000:alerts-${suffix}`;
    if (options.emulator !== false) {
      emulator = await startEmulator({});
      emulator.server.createBucket(bucketName);
      topicArn = emulator.server.createTopic(`alerts-${suffix}`).topicArn;
      emulator.server.createQueue(alertQueue);
      emulator.server.subscribe({ topic: `alerts-${suffix}`, queue: alertQueue });
    }
    const env: Record<string, string> = {
      TABLE_NAME: tableName,
      BUCKET_NAME: bucketName,
      TOPIC_ARN: topicArn,
      AWS_REGION: 'us-east-1',
      DYNAMODB_ENDPOINT: db.endpoint,
      ...(emulator ? { S3_ENDPOINT: emulator.endpoint, SNS_ENDPOINT: emulator.endpoint } : {}),
      ...options.env,
    };
    const config = loadConfig(env);
    await ensureTable(
      new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
      tableName,
    );
    const clients = awsClients(config);
    const em = emulator;
    return {
      db,
      emulator,
      env,
      config,
      clients,
      alertQueue,
      async upload(key, body, contentType = 'text/plain') {
        await (clients.s3 as S3Client).send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: body, ContentType: contentType }));
      },
      publishedAlerts() {
        const queue = em?.server.inspectQueue(alertQueue);
        if (!queue) return [];
        const messages = [...queue.messages.ready, ...queue.messages.delayed, ...queue.messages.inflight.map((i) => i.message)];
        return messages.map((m) => JSON.parse(m.body) as { Subject?: string; Message: string });
      },
      async stop() {
        await Promise.allSettled([db.stop(), em?.stop()]);
      },
    };
  } catch (error) {
    await Promise.allSettled([db.stop(), emulator?.stop()]);
    throw error;
  }
}
