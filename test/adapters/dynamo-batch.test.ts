/** Batched and transactional writes against DynamoDB Local: same outcome as one request per item. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchWrite, putAllIfAbsent } from '../../lib/adapters/dynamo-batch.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;
const item = (pk: string, sk: string, extra: Record<string, unknown> = {}) => ({ pk, sk, ...extra });
const partition = async (pk: string) =>
  (
    await aws.clients.dynamo.send(
      new QueryCommand({ TableName: aws.config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } }),
    )
  ).Items ?? [];

beforeAll(async () => {
  aws = await startLocalAws({ emulator: false });
});
afterAll(async () => {
  await aws?.stop();
});

describe('batchWrite', () => {
  it('puts and deletes more items than one request takes', async () => {
    const puts = Array.from({ length: 60 }, (_, i) => ({ put: item('batch', `k${String(i).padStart(2, '0')}`, { n: i }) }));
    await batchWrite(aws.clients.dynamo, aws.config.tableName, puts);
    expect(await partition('batch')).toHaveLength(60);
    await batchWrite(aws.clients.dynamo, aws.config.tableName, [
      ...Array.from({ length: 30 }, (_, i) => ({ delete: { pk: 'batch', sk: `k${String(i).padStart(2, '0')}` } })),
      { put: item('batch', 'k59', { n: 'replaced' }) },
    ]);
    const left = await partition('batch');
    expect(left).toHaveLength(30);
    expect(left.find((x) => x.sk === 'k59')?.n).toBe('replaced');
  });
});

describe('putAllIfAbsent', () => {
  it('writes every item when none exists', async () => {
    await putAllIfAbsent(
      aws.clients.dynamo,
      aws.config.tableName,
      Array.from({ length: 130 }, (_, i) => item('fresh', `a${i}`, { state: 'new' })),
    );
    expect(await partition('fresh')).toHaveLength(130);
  });

  it('never overwrites an item already stored, and still writes the others', async () => {
    await aws.clients.dynamo.send(new PutCommand({ TableName: aws.config.tableName, Item: item('mixed', 'a1', { state: 'sent' }) }));
    await putAllIfAbsent(aws.clients.dynamo, aws.config.tableName, [
      item('mixed', 'a0', { state: 'new' }),
      item('mixed', 'a1', { state: 'new' }),
      item('mixed', 'a2', { state: 'new' }),
    ]);
    const stored = await partition('mixed');
    expect(stored.map((x) => [x.sk, x.state])).toEqual([
      ['a0', 'new'],
      ['a1', 'sent'],
      ['a2', 'new'],
    ]);
    const { Item } = await aws.clients.dynamo.send(new GetCommand({ TableName: aws.config.tableName, Key: { pk: 'mixed', sk: 'a1' } }));
    expect(Item?.state).toBe('sent');
  });
});
