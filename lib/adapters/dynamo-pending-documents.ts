/** The stale sweep's port on the table: the sparse PENDING index and a conditional status change. */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PendingDocumentRef, PendingDocuments } from '../app/stale-sweep.ts';
import { isConditionFailed } from './dynamo-errors.ts';
import { GSI_PENDING_DOCUMENTS, keys } from './keys.ts';

type Item = Record<string, unknown>;

export function dynamoPendingDocuments(client: DynamoDBDocumentClient, table: string): PendingDocuments {
  return {
    async listPendingBefore(before, limit) {
      const found: PendingDocumentRef[] = [];
      let ExclusiveStartKey: Item | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: table,
            IndexName: GSI_PENDING_DOCUMENTS,
            // The sort key starts with the request time, so "before the cutoff" is a key range, not a filter.
            KeyConditionExpression: 'gsi3pk = :pending AND gsi3sk < :before',
            ExpressionAttributeValues: { ':pending': keys.pendingPartition, ':before': before },
            Limit: limit - found.length,
            ExclusiveStartKey,
          }),
        );
        for (const item of (page.Items ?? []) as Item[]) {
          found.push({
            tenantId: String(item.tenantId),
            contractId: String(item.contractId),
            documentId: String(item.documentId),
            createdAt: String(item.createdAt),
          });
        }
        ExclusiveStartKey = page.LastEvaluatedKey as Item | undefined;
      } while (ExclusiveStartKey && found.length < limit);
      return found;
    },

    async failIfPending(document, failure) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.document(document.tenantId, document.contractId, document.documentId),
            // The index is eventually consistent: the condition reads the item itself, so a document an
            // ingest finished a moment ago is never overwritten.
            ConditionExpression: '#status = :pending',
            UpdateExpression: 'SET #status = :failed, errorCode = :code, errorMessage = :message, processedAt = :at REMOVE gsi3pk, gsi3sk',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':pending': 'PENDING',
              ':failed': 'FAILED',
              ':code': failure.code,
              ':message': failure.message,
              ':at': failure.at,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
  };
}
