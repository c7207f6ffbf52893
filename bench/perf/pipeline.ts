/**
 * What the pipeline sections share: the function's environment pointed at DynamoDB Local and the
 * emulator, a fresh table, uploads, and real-shaped S3 events and Lambda contexts for the handlers.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Context, S3Event } from 'aws-lambda';
import { ensureTable } from '../../lib/adapters/table-definition.ts';
import type { Endpoints } from './services.ts';

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Sets the variables serverless.yml gives the functions; call before importing a handler (it reads them once). */
export function usePipelineEnv(endpoints: Endpoints, table: string, dynamodbEndpoint = endpoints.dynamodb): void {
  Object.assign(process.env, {
    TABLE_NAME: table,
    BUCKET_NAME: endpoints.bucket,
    TOPIC_ARN: endpoints.topicArn,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    DYNAMODB_ENDPOINT: dynamodbEndpoint,
    S3_ENDPOINT: endpoints.emulator,
    SNS_ENDPOINT: endpoints.emulator,
    // Warnings and errors only: a JSON line per document on a pipe would be measured as logging, not work.
    POWERTOOLS_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'WARN',
    // Likewise the metrics' embedded-format JSON, which only CloudWatch reads.
    POWERTOOLS_METRICS_DISABLED: 'true',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  });
}

export function dynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS });
}

/** Each section gets its own table so sections never see each other's items. */
export async function freshTable(endpoint: string, prefix: string): Promise<string> {
  const table = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(dynamoClient(endpoint), table);
  return table;
}

export function s3Client(endpoints: Endpoints): S3Client {
  return new S3Client({ endpoint: endpoints.emulator, region: 'us-east-1', credentials: CREDENTIALS, forcePathStyle: true });
}

export interface Uploaded {
  key: string;
  size: number;
  etag: string;
}

export async function upload(s3: S3Client, bucket: string, key: string, body: Uint8Array, contentType: string): Promise<Uploaded> {
  const answer = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  return { key, size: body.byteLength, etag: (answer.ETag ?? '').replaceAll('"', '') };
}

/** An S3 ObjectCreated:Put notification as Lambda receives it (keys URL-encoded, '+' for spaces). */
export function s3PutEvent(bucket: string, object: Uploaded, now = new Date()): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: now.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'BENCH', 'x-amz-id-2': 'BENCH' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'ingest',
          bucket: { name: bucket, ownerIdentity: { principalId: 'EXAMPLE' }, arn: `arn:aws:s3:::${bucket}` },
          object: {
            key: encodeURIComponent(object.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size: object.size,
            eTag: object.etag,
            sequencer: '0',
          },
        },
      },
    ],
  };
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
