/**
 * The stale sweep against DynamoDB Local: a document whose upload was requested but never processed is
 * marked FAILED with STALE once it has been PENDING past the stale age — found through the sparse PENDING
 * index, and never over a document an ingest finished.
 */
import { readFileSync } from 'node:fs';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps } from '../../lib/adapters/deps.ts';
import { dynamoPendingDocuments } from '../../lib/adapters/dynamo-pending-documents.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { ensureTable, tableDefinition } from '../../lib/adapters/table-definition.ts';
import { createUpload } from '../../lib/app/create-upload.ts';
import { ingestObject } from '../../lib/app/ingest-object.ts';
import { buildObjectKey } from '../../lib/app/object-key.ts';
import { STALE_MESSAGE, sweepStalePending } from '../../lib/app/stale-sweep.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const AGREEMENT = readFileSync(new URL('../../examples/hosting-suspension/agreement.txt', import.meta.url), 'utf8');
const TENANT = 'acme';
const HOUR = 3_600_000;
const REQUESTED = Date.parse('2026-03-02T08:00:00Z');

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(async () => {
  await aws?.stop();
});

const pending = () => dynamoPendingDocuments(aws.clients.dynamo, aws.config.tableName);
const at = (ms: number) => ({ now: () => new Date(ms) });
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

async function requestUpload(contractId: string, requestedAt = REQUESTED): Promise<{ documentId: string; key: string }> {
  const { documentId } = await createUpload(apiDeps(aws.config, at(requestedAt)), TENANT, contractId, {
    kind: 'agreement',
    fileName: 'agreement.txt',
    contentType: 'text/plain',
    contentLength: AGREEMENT.length,
  });
  return { documentId, key: buildObjectKey({ tenantId: TENANT, contractId, kind: 'agreement', documentId, fileName: 'agreement.txt' }) };
}

const documentOf = (contractId: string, documentId: string) => apiDeps(aws.config).contracts.getDocument(TENANT, contractId, documentId);

/** Only this test's documents: other tests share the table and its PENDING index. */
async function sweepFor(contractId: string, now: number) {
  const report = await sweepStalePending({ pending: pending() }, { now: new Date(now), staleAfterHours: 7 });
  return {
    report,
    mine: (await pending().listPendingBefore(new Date(now).toISOString(), 1000)).filter((d) => d.contractId === contractId),
  };
}

describe('the stale sweep', () => {
  it('leaves a document PENDING for less than the stale age, and marks it FAILED with STALE after', async () => {
    const contractId = unique('never-uploaded');
    const { documentId } = await requestUpload(contractId);

    await sweepFor(contractId, REQUESTED + 6 * HOUR);
    expect(await documentOf(contractId, documentId)).toMatchObject({ status: 'PENDING', errorCode: null });

    const { report, mine } = await sweepFor(contractId, REQUESTED + 8 * HOUR);
    expect(report.markedFailed).toBeGreaterThanOrEqual(1);
    expect(report.cutoff).toBe(new Date(REQUESTED + HOUR).toISOString());
    expect(await documentOf(contractId, documentId)).toMatchObject({
      status: 'FAILED',
      errorCode: 'STALE',
      errorMessage: STALE_MESSAGE,
      processedAt: new Date(REQUESTED + 8 * HOUR).toISOString(),
      fileName: 'agreement.txt',
    });
    // It has left the PENDING index: the next run does not find it again.
    expect(mine).toEqual([]);
  });

  it('never touches a document an ingest processed, which has left the PENDING index', async () => {
    const contractId = unique('processed');
    const { documentId, key } = await requestUpload(contractId);
    await aws.upload(key, AGREEMENT);
    await ingestObject(ingestDeps(aws.config, at(REQUESTED + 60_000)), { key });

    const { mine } = await sweepFor(contractId, REQUESTED + 8 * HOUR);
    expect(mine).toEqual([]);
    expect(await documentOf(contractId, documentId)).toMatchObject({ status: 'PROCESSED', errorCode: null });
  });

  it('does not overwrite a document processed after the index was read (the write is conditional on PENDING)', async () => {
    const contractId = unique('raced');
    const { documentId, key } = await requestUpload(contractId);
    const [found] = (await pending().listPendingBefore(new Date(REQUESTED + HOUR).toISOString(), 1000)).filter(
      (d) => d.contractId === contractId,
    );
    expect(found).toMatchObject({ tenantId: TENANT, contractId, documentId, createdAt: new Date(REQUESTED).toISOString() });
    // Ingest finishes between the sweep's query and its write.
    await aws.upload(key, AGREEMENT);
    await ingestObject(ingestDeps(aws.config, at(REQUESTED + 7.5 * HOUR)), { key });

    const failed = await pending().failIfPending(found!, { code: 'STALE', message: STALE_MESSAGE, at: new Date().toISOString() });
    expect(failed).toBe(false);
    expect(await documentOf(contractId, documentId)).toMatchObject({ status: 'PROCESSED' });
  });

  it('a document marked STALE is processed when its upload arrives after all (a late replay wins)', async () => {
    const contractId = unique('late');
    const { documentId, key } = await requestUpload(contractId);
    await sweepFor(contractId, REQUESTED + 8 * HOUR);
    expect(await documentOf(contractId, documentId)).toMatchObject({ status: 'FAILED', errorCode: 'STALE' });

    await aws.upload(key, AGREEMENT);
    expect(await ingestObject(ingestDeps(aws.config, at(REQUESTED + 9 * HOUR)), { key })).toEqual({ outcome: 'processed', documentId });
    expect(await documentOf(contractId, documentId)).toMatchObject({ status: 'PROCESSED', errorCode: null, errorMessage: null });
  });

  it('a table created before the PENDING index existed gets it from ensureTable', async () => {
    const client = new DynamoDBClient({
      endpoint: aws.db.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const name = unique('older-table');
    const current = tableDefinition(name);
    const older = {
      ...current,
      AttributeDefinitions: current.AttributeDefinitions?.filter((a) => !a.AttributeName?.startsWith('gsi3')),
      GlobalSecondaryIndexes: current.GlobalSecondaryIndexes?.filter((index) => index.IndexName !== 'gsi3'),
    };
    await client.send(new CreateTableCommand(older));
    await ensureTable(client, name);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['gsi1', 'gsi2', 'gsi3']);
  });
});
