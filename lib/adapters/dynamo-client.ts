/** The DynamoDB document client (undefined attributes dropped on write), one per container. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { local, memo } from './client-options.ts';

export const dynamoClient = /* @__PURE__ */ memo((config) =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: config.region, ...local(config.endpoints.dynamodb) }), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);
