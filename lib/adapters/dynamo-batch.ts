/**
 * Writes of many items in few requests. Unconditional puts and deletes go through BatchWriteItem (25 a
 * request); puts that must not overwrite go through TransactWriteItems (100 a request), whose conditions
 * hold item by item, falling back to one conditional put per item when the transaction is cancelled (an
 * item already there, or a concurrent write): the outcome is the same as one conditional put per item.
 */
import { BatchWriteCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailed } from './dynamo-errors.ts';

type Item = Record<string, unknown>;
export type WriteRequest = { put: Item } | { delete: Item };

const BATCH_LIMIT = 25;
const TRANSACTION_LIMIT = 100;
/** Unprocessed items are what DynamoDB returns under throttling: retried with backoff, then reported. */
const BATCH_ATTEMPTS = 6;
const CONDITIONAL_PUT_CONCURRENCY = 8;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts and deletes without conditions, 25 a request, the requests in parallel.
 * @example await batchWrite(client, 'table', [{ put: { pk: 'a', sk: 'b' } }, { delete: { pk: 'a', sk: 'c' } }])
 */
export async function batchWrite(client: DynamoDBDocumentClient, table: string, requests: readonly WriteRequest[]): Promise<void> {
  await Promise.all(
    chunks(requests, BATCH_LIMIT).map(async (chunk) => {
      let pending = chunk.map((r) => ('put' in r ? { PutRequest: { Item: r.put } } : { DeleteRequest: { Key: r.delete } }));
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt === BATCH_ATTEMPTS)
          throw new Error(`BatchWriteItem left ${pending.length} items unprocessed after ${BATCH_ATTEMPTS} attempts`);
        if (attempt > 0) await pause(25 * 2 ** attempt);
        const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }),
  );
}

/** Conditional put that treats "already there" as success. */
export async function putIfAbsent(client: DynamoDBDocumentClient, table: string, item: Item): Promise<void> {
  try {
    await client.send(new PutCommand({ TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/**
 * Puts each item that is not already stored and leaves stored ones untouched, in one transaction per 100
 * items when none is there yet (the usual case); otherwise item by item, a few at a time.
 * @example await putAllIfAbsent(client, 'table', alerts.map(alertToItem))
 */
export async function putAllIfAbsent(client: DynamoDBDocumentClient, table: string, items: readonly Item[]): Promise<void> {
  await Promise.all(
    chunks(items, TRANSACTION_LIMIT).map(async (chunk) => {
      if (chunk.length > 1) {
        try {
          await client.send(
            new TransactWriteCommand({
              TransactItems: chunk.map((Item) => ({ Put: { TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
            }),
          );
          return;
        } catch (error) {
          // Cancelled: an item exists or another write touched one. Nothing was written; go item by item.
          if (!(error instanceof Error && error.name === 'TransactionCanceledException')) throw error;
        }
      }
      for (const group of chunks(chunk, CONDITIONAL_PUT_CONCURRENCY))
        await Promise.all(group.map((item) => putIfAbsent(client, table, item)));
    }),
  );
}
