/**
 * Calendar feeds on the service's table. Each feed is two items written together: one in the tenant's feed
 * partition (listed and revoked by its owner) and one named by the token's hash, which the public feed route
 * reads with a single GetItem — the only way in, since calendar apps send no bearer token.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FeedRepository } from '../app/ports.ts';
import type { FeedRecord } from '../app/review-records.ts';
import { isConditionFailed } from './dynamo-errors.ts';
import { reviewKeys } from './review-keys.ts';

const toFeed = (item: Record<string, unknown>): FeedRecord => ({
  tenantId: String(item.tenantId),
  owner: String(item.owner),
  feedId: String(item.feedId),
  tokenHash: String(item.tokenHash),
  createdAt: String(item.createdAt),
});

export function dynamoFeedRepository(client: DynamoDBDocumentClient, table: string): FeedRepository {
  return {
    async putFeed(feed) {
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { ...reviewKeys.feed(feed.tenantId, feed.owner, feed.feedId), type: 'feed', ...feed } } },
            {
              Put: {
                TableName: table,
                Item: { ...reviewKeys.feedToken(feed.tokenHash), type: 'feed-token', ...feed },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    },

    async listFeeds(tenantId, owner) {
      const page = await client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': reviewKeys.feeds(tenantId), ':prefix': reviewKeys.prefix.feedsOf(owner) },
          ConsistentRead: true,
        }),
      );
      // A person holds a handful of feeds: one page is all of them.
      return (page.Items ?? []).map(toFeed).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    async deleteFeed(tenantId, owner, feedId) {
      const key = reviewKeys.feed(tenantId, owner, feedId);
      const { Item } = await client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
      if (!Item) return false;
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Delete: { TableName: table, Key: key, ConditionExpression: 'attribute_exists(pk)' } },
              { Delete: { TableName: table, Key: reviewKeys.feedToken(String(Item.tokenHash)) } },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false; // revoked meanwhile by another request
        throw error;
      }
    },

    async findByTokenHash(tokenHash) {
      const { Item } = await client.send(new GetCommand({ TableName: table, Key: reviewKeys.feedToken(tokenHash) }));
      return Item ? toFeed(Item) : null;
    },
  };
}
