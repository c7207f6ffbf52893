/**
 * The cold-start floor: the least a DynamoDB-backed function can load — the DynamoDB client and one
 * GetItem, nothing else. The benchmark bundles it with the deployed functions' esbuild options and loads
 * it beside them, so `api_vs_floor` says how much of the API's cold load is the service's own.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = async (event: { pk: string; sk: string }) => {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: event.pk }, sk: { S: event.sk } } }),
  );
  return Item ?? null;
};
