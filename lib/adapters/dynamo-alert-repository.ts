/** The alert job's view of the table: the sparse due-date index and the outbox's conditional writes. */
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
  /** Sends a conditional write: false when its condition failed (someone else got there first). */
  const conditionally = async (command: UpdateCommand): Promise<boolean> => {
    try {
      await client.send(command);
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  };
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

    async claimAlert(alert, lease) {
      // Claimable while due, or claimed under a lease that has lapsed; and only the alert that was read (a
      // corrected date is stored as a new alert with a new due time).
      return conditionally(
        new UpdateCommand({
          TableName: table,
          Key: alertKey(alert),
          UpdateExpression: 'SET #state = :claimed, #lease = :lease, attempts = if_not_exists(attempts, :zero) + :one',
          ConditionExpression:
            'attribute_exists(gsi1pk) AND dueAt = :dueAt AND ' +
            '(attribute_not_exists(#state) OR #state = :due OR (#state = :claimed AND #lease.#until < :now))',
          ExpressionAttributeNames: { '#state': 'state', '#lease': 'lease', '#until': 'until' },
          ExpressionAttributeValues: {
            ':claimed': 'claimed',
            ':due': 'due',
            ':lease': lease,
            ':now': lease.claimedAt,
            ':dueAt': alert.dueAt,
            ':zero': 0,
            ':one': 1,
          },
        }),
      );
    },

    async completeAlert(alert, { state, at, messageId }) {
      // attribute_exists: an alert deleted meanwhile (its deadline recomputed away) is not brought back.
      await conditionally(
        new UpdateCommand({
          TableName: table,
          Key: alertKey(alert),
          UpdateExpression: 'SET #state = :state, handledAt = :at, messageId = :messageId REMOVE gsi1pk, gsi1sk, #lease',
          ConditionExpression: 'attribute_exists(pk) AND dueAt = :dueAt',
          ExpressionAttributeNames: { '#state': 'state', '#lease': 'lease' },
          ExpressionAttributeValues: { ':state': state, ':at': at, ':messageId': messageId, ':dueAt': alert.dueAt },
        }),
      );
    },

    async releaseAlert(alert, lease) {
      // Only the lease holder gives a claim back: a run whose lease lapsed must not free another run's claim.
      await conditionally(
        new UpdateCommand({
          TableName: table,
          Key: alertKey(alert),
          UpdateExpression: 'SET #state = :due REMOVE #lease',
          ConditionExpression: '#lease.#token = :token',
          ExpressionAttributeNames: { '#state': 'state', '#lease': 'lease', '#token': 'token' },
          ExpressionAttributeValues: { ':due': 'due', ':token': lease.token },
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
