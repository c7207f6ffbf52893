/**
 * AWS SDK clients, created once per container and shared by every invocation. Endpoint overrides point
 * them at DynamoDB Local and the S3/SNS emulator; emulators get dummy credentials and path-style S3.
 * Each client has a module of its own, so that a function bundles (and loads) only the clients it imports;
 * this module gathers them for the ingest function, tests and local tools.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { ClientConfig } from './client-options.ts';
import { dynamoClient } from './dynamo-client.ts';
import { s3Client } from './s3-client.ts';
import { snsClient } from './sns-client.ts';

export { dynamoClient, s3Client, snsClient };
export type { ClientConfig };

export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  s3: S3Client;
  sns: SNSClient;
}

/** All three clients (tests and local tools). */
export function awsClients(config: ClientConfig): AwsClients {
  return { dynamo: dynamoClient(config), s3: s3Client(config), sns: snsClient(config) };
}
