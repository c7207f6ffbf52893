/**
 * AWS SDK clients, created once per container and shared by every invocation. Endpoint overrides point
 * them at DynamoDB Local and the S3/SNS emulator; emulators get dummy credentials and path-style S3.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../config.ts';

export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  s3: S3Client;
  sns: SNSClient;
}

type ClientConfig = Pick<Config, 'region' | 'endpoints'>;

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const local = (endpoint: string | undefined) => (endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {});

/** One client per distinct configuration (in Lambda: exactly one), built on first use. */
function memo<T>(build: (config: ClientConfig) => T): (config: ClientConfig) => T {
  const cache = new Map<string, T>();
  return (config) => {
    const key = JSON.stringify([config.region, config.endpoints]);
    let client = cache.get(key);
    if (client === undefined) cache.set(key, (client = build(config)));
    return client;
  };
}

// Separate factories so that each function's bundle carries only the clients it uses.
export const dynamoClient = /* @__PURE__ */ memo((config) =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region, ...local(config.endpoints.dynamodb) }), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);

export const s3Client = /* @__PURE__ */ memo(
  (config) =>
    new S3Client({
      region: config.region,
      ...local(config.endpoints.s3),
      ...(config.endpoints.s3 ? { forcePathStyle: true } : {}),
      // Checksums only when an operation demands one: presigned PUTs from browsers and curl cannot add them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
);

export const snsClient = /* @__PURE__ */ memo((config) => new SNSClient({ region: config.region, ...local(config.endpoints.sns) }));

/** All three clients (tests and local tools). */
export function awsClients(config: ClientConfig): AwsClients {
  return { dynamo: dynamoClient(config), s3: s3Client(config), sns: snsClient(config) };
}
