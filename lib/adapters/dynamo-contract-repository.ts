/** The contract repository on one DynamoDB table (see docs/access-patterns.md). */
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { ContractItems, ContractRepository, IngestClaim } from '../app/ports.ts';
import type { AlertRecord, ContractSummary, DeadlineRecord, Page } from '../app/records.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { batchWrite, putAllIfAbsent, putIfAbsent, type WriteRequest } from './dynamo-batch.ts';
import { isConditionFailed } from './dynamo-errors.ts';
import {
  alertFromItem,
  alertToItem,
  contractFromItem,
  contractToItem,
  deadlineFromItem,
  deadlineToItem,
  documentFromItem,
  documentToItem,
  verdictFromItem,
  verdictToItem,
} from './items.ts';
import { GSI_TENANT_DEADLINES, keys } from './keys.ts';

type Item = Record<string, unknown>;

/** Runs a query to the end (contract partitions and date windows are small). */
export async function queryAll(client: DynamoDBDocumentClient, input: QueryCommandInput): Promise<{ items: Item[]; read: number }> {
  const items: Item[] = [];
  let read = 0;
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    items.push(...((page.Items ?? []) as Item[]));
    read += page.ScannedCount ?? page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey as Item | undefined;
  } while (ExclusiveStartKey);
  return { items, read };
}

export function dynamoContractRepository(client: DynamoDBDocumentClient, table: string): ContractRepository {
  const partition = async (tenantId: string, contractId: string, prefix?: string) =>
    (
      await queryAll(client, {
        TableName: table,
        KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.contractPartition(tenantId, contractId), ...(prefix ? { ':prefix': prefix } : {}) },
        ConsistentRead: true,
      })
    ).items;

  return {
    async getContract(tenantId, contractId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: table, Key: keys.contractSummary(tenantId, contractId), ConsistentRead: true }),
      );
      return Item ? contractFromItem(Item) : null;
    },

    async ensureContract(tenantId, contractId, now) {
      const summary: ContractSummary = {
        tenantId,
        contractId,
        createdAt: now,
        updatedAt: now,
        agreementDocumentId: null,
        parties: [],
        governingLaw: null,
        term: null,
        documentCount: 0,
        letterCount: 0,
        verdicts: {},
        nextDeadline: null,
        revision: 0,
      };
      await putIfAbsent(client, table, contractToItem(summary));
    },

    async putContract(summary) {
      try {
        await client.send(
          new PutCommand({
            TableName: table,
            Item: contractToItem(summary),
            ConditionExpression: summary.revision <= 1 ? 'attribute_not_exists(revision) OR revision = :previous' : 'revision = :previous',
            ExpressionAttributeValues: { ':previous': summary.revision - 1 },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },

    async listContracts(tenantId, { limit, cursor }): Promise<Page<ContractSummary>> {
      const pk = keys.tenant(tenantId);
      const page = await client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.prefix.contract },
          Limit: limit,
          ExclusiveStartKey: cursor ? decodeCursor(cursor, pk, keys.prefix.contract) : undefined,
        }),
      );
      return { items: (page.Items ?? []).map(contractFromItem), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async getContractItems(tenantId, contractId): Promise<ContractItems> {
      const items = await partition(tenantId, contractId);
      const of = (type: string) => items.filter((item) => item.type === type);
      return {
        documents: of('document').map(documentFromItem),
        verdicts: of('verdict').map(verdictFromItem),
        deadlines: of('deadline').map(deadlineFromItem),
      };
    },

    async getDocument(tenantId, contractId, documentId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: table, Key: keys.document(tenantId, contractId, documentId), ConsistentRead: true }),
      );
      return Item ? documentFromItem(Item) : null;
    },

    async putDocument(document) {
      await client.send(new PutCommand({ TableName: table, Item: documentToItem(document) }));
    },

    async nextUploadSequence(tenantId, contractId) {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.uploadCounter(tenantId, contractId),
          UpdateExpression: 'SET #type = :type ADD uploads :one',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'upload-counter', ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.uploads);
    },

    async claimIngest(tenantId, contractId, documentId, version, now, leaseSeconds): Promise<IngestClaim> {
      const key = keys.ingest(tenantId, contractId, documentId, version);
      const leaseUntil = new Date(Date.parse(now) + leaseSeconds * 1000).toISOString();
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: key,
            // `attempts` counts claims, so the last of Lambda's attempts knows it is the last (ingest-object.ts).
            UpdateExpression: 'SET #type = :type, #state = :processing, leaseUntil = :lease, claimedAt = :now ADD attempts :one',
            // A crashed or timed-out invocation leaves a lease that expires, so its retry can claim again.
            ConditionExpression: 'attribute_not_exists(pk) OR #state = :released OR (#state = :processing AND leaseUntil < :now)',
            ExpressionAttributeNames: { '#state': 'state', '#type': 'type' },
            ExpressionAttributeValues: {
              ':type': 'ingest',
              ':processing': 'PROCESSING',
              ':released': 'RELEASED',
              ':lease': leaseUntil,
              ':now': now,
              ':one': 1,
            },
          }),
        );
        return 'claimed';
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
        const { Item } = await client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
        return Item?.state === 'DONE' ? 'done' : 'busy';
      }
    },

    async completeIngest(tenantId, contractId, documentId, version, now) {
      await client.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.ingest(tenantId, contractId, documentId, version),
          UpdateExpression: 'SET #state = :done, completedAt = :now REMOVE leaseUntil',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':done': 'DONE', ':now': now },
        }),
      );
    },

    async handOffIngest(tenantId, contractId, documentId, version) {
      await client
        .send(
          new UpdateCommand({
            TableName: table,
            Key: keys.ingest(tenantId, contractId, documentId, version),
            // The claim taken for this attempt is taken back: the resume's attempts count from where this one began.
            UpdateExpression: 'SET #state = :released REMOVE leaseUntil ADD attempts :minusOne',
            ConditionExpression: 'attribute_exists(pk) AND #state = :processing',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':released': 'RELEASED', ':processing': 'PROCESSING', ':minusOne': -1 },
          }),
        )
        .catch((error: unknown) => {
          // Another invocation took the claim after this one's lease ran out: it is that one's to end.
          if (!isConditionFailed(error)) throw error;
        });
    },

    async releaseIngest(tenantId, contractId, documentId, version) {
      const { Attributes } = await client
        .send(
          new UpdateCommand({
            TableName: table,
            Key: keys.ingest(tenantId, contractId, documentId, version),
            UpdateExpression: 'SET #state = :released REMOVE leaseUntil',
            // A claim already DONE (its answer was lost) stays done.
            ConditionExpression: 'attribute_exists(pk) AND #state <> :done',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':released': 'RELEASED', ':done': 'DONE' },
            ReturnValues: 'ALL_NEW',
          }),
        )
        .catch((error: unknown) => {
          if (isConditionFailed(error)) return { Attributes: undefined };
          throw error;
        });
      return Number(Attributes?.attempts ?? 0);
    },

    async putVerdict(verdict) {
      await client.send(new PutCommand({ TableName: table, Item: verdictToItem(verdict) }));
    },

    async replaceDeadlines(tenantId, contractId, givenDeadlines: DeadlineRecord[], givenAlerts: AlertRecord[]) {
      // The partition named by the arguments is the one replaced, whatever the records say.
      const deadlines = givenDeadlines.map((d) => ({ ...d, tenantId, contractId }));
      const alerts = givenAlerts.map((a) => ({ ...a, tenantId, contractId }));
      const [existingDeadlineItems, existingAlertItems] = await Promise.all([
        partition(tenantId, contractId, keys.prefix.deadline),
        partition(tenantId, contractId, keys.prefix.alert),
      ]);
      const existingDeadlines = existingDeadlineItems.map(deadlineFromItem);
      const existingAlerts = existingAlertItems.map(alertFromItem);
      const wanted = new Set(deadlines.map((d) => d.deadlineId));
      const passed = new Set(existingDeadlines.filter((d) => d.status === 'PASSED').map((d) => d.deadlineId));
      const alertKey = (a: AlertRecord) => `${a.deadlineId}#${a.offset}`;
      const existingAlertKeys = new Set(existingAlerts.map(alertKey));
      // Deadlines are overwritten and stale items deleted whatever is stored: no condition, so batched.
      const unconditional: WriteRequest[] = [];
      for (const deadline of deadlines) {
        const status = passed.has(deadline.deadlineId) ? 'PASSED' : deadline.status;
        unconditional.push({ put: deadlineToItem({ ...deadline, status }) });
      }
      for (const stale of existingDeadlines.filter((d) => !wanted.has(d.deadlineId))) {
        unconditional.push({ delete: keys.deadline(tenantId, contractId, stale.deadlineId) });
      }
      const wantedAlerts = new Set(alerts.map(alertKey));
      for (const stale of existingAlerts.filter((a) => a.handledAt === null && !wantedAlerts.has(alertKey(a)))) {
        unconditional.push({ delete: keys.alert(tenantId, contractId, stale.deadlineId, String(stale.offset)) });
      }
      // attribute_not_exists: an alert already scheduled (or already sent) is never reset.
      // (A transaction may name each item once: an alert listed twice is written once.)
      const newAlerts = [
        ...new Map(alerts.filter((a) => !existingAlertKeys.has(alertKey(a))).map((a) => [alertKey(a), alertToItem(a)])).values(),
      ];
      await Promise.all([batchWrite(client, table, unconditional), putAllIfAbsent(client, table, newAlerts)]);
    },

    async listTenantDeadlines(tenantId, from, to) {
      const { items } = await queryAll(client, {
        TableName: table,
        IndexName: GSI_TENANT_DEADLINES,
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.tenantDeadlines(tenantId), ':from': from, ':to': `${to}~` },
      });
      return items.map(deadlineFromItem);
    },
  };
}
