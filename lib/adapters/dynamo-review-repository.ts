/** Reviews, the contract history and tenant settings on the service's one DynamoDB table. */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReviewRepository } from '../app/ports.ts';
import type { HistoryEntry, StoredReview } from '../app/review-records.ts';
import { DEFAULT_SETTINGS } from '../app/review-records.ts';
import { queryAll } from './dynamo-contract-repository.ts';
import { batchWrite, putAllIfAbsent } from './dynamo-batch.ts';
import { NoticeCheckError } from '../errors.ts';
import { alertToItem, deadlineFromItem, deadlineToItem } from './items.ts';
import { keys } from './keys.ts';
import { reviewKeys } from './review-keys.ts';

type Item = Record<string, unknown>;
const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'type']);
const strip = (item: Item): Item => Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name)));

const reviewToItem = (r: StoredReview): Item => ({ ...reviewKeys.review(r.tenantId, r.contractId, r.deadlineId), type: 'review', ...r });
/** A refresh's lines are named by what they say, so a retried refresh writes each once; a person's are unique. */
const historyToItem = (h: HistoryEntry, suffix = `${h.deadlineId ?? '-'}#${h.action}`): Item => ({
  ...reviewKeys.history(h.tenantId, h.contractId, h.at, suffix),
  type: 'history',
  ...h,
});

export function dynamoReviewRepository(client: DynamoDBDocumentClient, table: string): ReviewRepository {
  const inPartition = async (tenantId: string, contractId: string, prefix: string) =>
    (
      await queryAll(client, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.contractPartition(tenantId, contractId), ':prefix': prefix },
        ConsistentRead: true,
      })
    ).items;

  return {
    async getSettings(tenantId) {
      const { Item } = await client.send(new GetCommand({ TableName: table, Key: reviewKeys.settings(tenantId), ConsistentRead: true }));
      return {
        autoConfirmDeadlines:
          typeof Item?.autoConfirmDeadlines === 'boolean' ? Item.autoConfirmDeadlines : DEFAULT_SETTINGS.autoConfirmDeadlines,
      };
    },

    async putSettings(tenantId, settings) {
      await client.send(
        new PutCommand({ TableName: table, Item: { ...reviewKeys.settings(tenantId), type: 'settings', tenantId, ...settings } }),
      );
    },

    async listReviews(tenantId, contractId) {
      return (await inPartition(tenantId, contractId, reviewKeys.prefix.review)).map((item) => strip(item) as unknown as StoredReview);
    },

    async addReviews(reviews, history) {
      // Conditional: a person's decision stored meanwhile is never overwritten by a refresh's default.
      await putAllIfAbsent(client, table, [...reviews.map(reviewToItem), ...history.map((h) => historyToItem(h))]);
    },

    async getDeadline(tenantId, contractId, deadlineId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: table, Key: keys.deadline(tenantId, contractId, deadlineId), ConsistentRead: true }),
      );
      return Item ? deadlineFromItem(Item) : null;
    },

    async saveReview({ deadline, review, history, alerts }) {
      const { tenantId, contractId, deadlineId } = deadline;
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table, Item: reviewToItem(review) } },
              // The deadline must still exist: a refresh may have recomputed it away meanwhile (then 404).
              { Put: { TableName: table, Item: deadlineToItem(deadline), ConditionExpression: 'attribute_exists(pk)' } },
              { Put: { TableName: table, Item: historyToItem(history, randomUUID()) } },
              {
                Update: {
                  TableName: table,
                  Key: keys.contractSummary(tenantId, contractId),
                  UpdateExpression: 'SET revision = if_not_exists(revision, :zero) + :one',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
                },
              },
            ],
          }),
        );
      } catch (error) {
        const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
        if (reasons?.[1]?.Code === 'ConditionalCheckFailed' || reasons?.[3]?.Code === 'ConditionalCheckFailed')
          throw new NoticeCheckError('NOT_FOUND', 'Deadline not found', { cause: error });
        if (error instanceof Error && error.name === 'TransactionCanceledException')
          throw new NoticeCheckError('TRANSIENT', 'The deadline changed while it was being reviewed', { cause: error });
        throw error;
      }
      if (!alerts) return;
      const existing = await inPartition(tenantId, contractId, `${keys.prefix.alert}${deadlineId}#`);
      await batchWrite(
        client,
        table,
        existing.map((item) => ({ delete: { pk: item.pk, sk: item.sk } })),
      );
      await batchWrite(
        client,
        table,
        alerts.map((a) => ({ put: alertToItem(a) })),
      );
    },

    async listHistory(tenantId, contractId) {
      return (await inPartition(tenantId, contractId, reviewKeys.prefix.history)).map((item) => strip(item) as unknown as HistoryEntry);
    },
  };
}
