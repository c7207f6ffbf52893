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

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const cache = new Map<string, AwsClients>();

/** One set of clients per distinct configuration (in Lambda: exactly one). */
export function awsClients(config: Pick<Config, 'region' | 'endpoints'>): AwsClients {
  const cacheKey = JSON.stringify([config.region, config.endpoints]);
  const existing = cache.get(cacheKey);
  if (existing) return existing;
  const { dynamodb, s3, sns } = config.endpoints;
  const local = (endpoint: string | undefined) => (endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {});
  const clients: AwsClients = {
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region, ...local(dynamodb) }), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    s3: new S3Client({
      region: config.region,
      ...local(s3),
      ...(s3 ? { forcePathStyle: true } : {}),
      // Checksums only when an operation demands one: presigned PUTs from browsers and curl cannot add them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
    sns: new SNSClient({ region: config.region, ...local(sns) }),
  };
  cache.set(cacheKey, clients);
  return clients;
}
