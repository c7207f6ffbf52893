/** The alert job's view of the table: the sparse due-date index and exactly-once claims. */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertRepository } from '../app/ports.ts';
import type { AlertRecord } from '../app/records.ts';
import { queryAll } from './dynamo-contract-repository.ts';
import { isConditionFailed } from './dynamo-errors.ts';
import { alertFromItem } from './items.ts';
import { GSI_ALERTS, keys } from './keys.ts';

const DAY_MS = 86_400_000;

export function dynamoAlertRepository(client: DynamoDBDocumentClient, table: string): AlertRepository {
  const alertKey = (a: AlertRecord) => keys.alert(a.tenantId, a.contractId, a.deadlineId, String(a.offset));
  return {
    async dueAlerts(now, lookbackDays) {
      const alerts: AlertRecord[] = [];
      let itemsRead = 0;
      const nowMs = Date.parse(now);
      for (let back = lookbackDays; back >= 0; back -= 1) {
        const day = new Date(nowMs - back * DAY_MS).toISOString().slice(0, 10);
        const { items, read } = await queryAll(client, {
          TableName: table,
          IndexName: GSI_ALERTS,
          KeyConditionExpression: 'gsi1pk = :bucket AND gsi1sk <= :until',
          ExpressionAttributeValues: { ':bucket': keys.dueBucket(day), ':until': `${now}~` },
        });
        itemsRead += read;
        alerts.push(...items.map(alertFromItem));
      }
      return { alerts, itemsRead };
    },

    async claimAlert(alert, now) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: alertKey(alert),
            UpdateExpression: 'SET handledAt = :now REMOVE gsi1pk, gsi1sk',
            ConditionExpression: 'attribute_exists(gsi1pk)',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },

    async releaseAlert(alert) {
      const due = keys.alertDue(alert.dueAt, alert.tenantId, alert.contractId, alert.deadlineId, String(alert.offset));
      await client.send(
        new UpdateCommand({
          TableName: table,
          Key: alertKey(alert),
          UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk, handledAt = :null',
          ExpressionAttributeValues: { ':pk': due.gsi1pk, ':sk': due.gsi1sk, ':null': null },
        }),
      );
    },

    async markDeadlinePassed(tenantId, contractId, deadlineId) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.deadline(tenantId, contractId, deadlineId),
            UpdateExpression: 'SET #status = :passed',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':passed': 'PASSED' },
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error; // the deadline was recomputed away meanwhile
      }
    },
  };
}
