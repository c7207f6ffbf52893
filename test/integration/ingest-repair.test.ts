/**
 * An ingest that dies halfway is repaired by Lambda's retries. Against DynamoDB Local and the S3 emulator,
 * the k-th write of one ingest fails — for every k from the first write to the last, refused, stored with
 * its answer lost, or as an outage that also leaves the lease behind — and the event is then retried as
 * Lambda retries an asynchronous invocation (two retries, one and then two minutes apart). Every contract
 * must end exactly as a clean run leaves it: document, verdict, deadlines, alerts and summary.
 */
import { readFileSync } from 'node:fs';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../lib/adapters/clients.ts';
import { dynamoContractRepository } from '../../lib/adapters/dynamo-contract-repository.ts';
import { dynamoReviewRepository } from '../../lib/adapters/dynamo-review-repository.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { keys } from '../../lib/adapters/keys.ts';
import { ingestObject, type IngestDeps, type IngestOutcome } from '../../lib/app/ingest-object.ts';
import { cleanPlan, faultyDynamo, faultyTexts, type FaultMode, type FaultPlan } from '../support/fault-injection.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const example = (file: string) => readFileSync(new URL(`../../examples/hosting-suspension/${file}`, import.meta.url), 'utf8');
const AGREEMENT = example('agreement.txt');
const LETTER = example('letter.txt');
const TENANT = 'acme';
const objectKey = (contract: string, kind: 'agreement' | 'letter') =>
  `tenants/${TENANT}/contracts/${contract}/${kind}/${kind}-1/${kind}.txt`;

/** Lambda's asynchronous invocation: the first attempt, then retries one and two minutes apart. */
const RETRY_DELAYS_SECONDS = [60, 120];
/** Just after the letter was sent: its suspension deadline and the agreement's deadlines are ahead, so alerts are scheduled. */
const START = Date.parse('2021-01-10T03:00:00Z');

/**
 * Fields that say when something happened, which differ between a clean run and a repaired one; and the
 * upload counter, which an attempt that died after taking a number leaves one ahead (order is all it means).
 */
const TIMESTAMPS = new Set([
  'processedAt',
  'computedAt',
  'updatedAt',
  'createdAt',
  'uploadedAt',
  'revision',
  'claimedAt',
  'completedAt',
  'uploadSequence',
  'uploads',
]);
/** The instants of the attempts (a review proposed by a retry says so): each reads as `{now}`. */
const ATTEMPT_TIMES = [0, 60, 180].map((s) => new Date(START + s * 1000).toISOString());

let aws: LocalAws;
let raw: DynamoDBDocumentClient;

beforeAll(async () => {
  aws = await startLocalAws();
  raw = dynamoClient(aws.config);
});
afterAll(async () => {
  await aws?.stop();
});

/** Ingest deps whose writes go through `plan()` at the time `clock.at`. */
function depsWith(plan: () => FaultPlan, clock: { at: number }): IngestDeps {
  const base = ingestDeps(aws.config, { now: () => new Date(clock.at) });
  const client = faultyDynamo(raw, plan);
  return {
    ...base,
    contracts: dynamoContractRepository(client, aws.config.tableName),
    reviews: dynamoReviewRepository(client, aws.config.tableName),
    texts: faultyTexts(base.texts!, plan),
  };
}

interface Delivery {
  attempts: number;
  outcome: IngestOutcome | null;
  /** The plan of the first attempt: how many writes it made and how many faults fired. */
  first: FaultPlan;
}

/** Delivers one S3 event as Lambda would: the fault (if any) hits the first attempt only. */
async function deliver(key: string, firstPlan: FaultPlan, start: number): Promise<Delivery> {
  const clock = { at: start };
  let plan = firstPlan;
  const deps = depsWith(() => plan, clock);
  const delays = [0, ...RETRY_DELAYS_SECONDS];
  for (let attempt = 0; attempt < delays.length; attempt += 1) {
    clock.at += delays[attempt]! * 1000;
    if (attempt > 0) plan = cleanPlan();
    try {
      return { attempts: attempt + 1, outcome: await ingestObject(deps, { key }), first: firstPlan };
    } catch {
      // Lambda retries the event; after the last attempt it goes to the dead-letter queue.
    }
  }
  return { attempts: delays.length, outcome: null, first: firstPlan };
}

/** Attribute order is not data: a repaired item may list its attributes in another order. */
const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : value;

/** Everything stored for a contract, without its id or the times things happened, in key order. */
async function snapshot(contract: string): Promise<{ items: Array<Record<string, unknown>>; claims: unknown[] }> {
  const { Items = [] } = await raw.send(
    new QueryCommand({
      TableName: aws.config.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.contractPartition(TENANT, contract) },
      ConsistentRead: true,
    }),
  );
  const { Item: summary } = await raw.send(
    new GetCommand({ TableName: aws.config.tableName, Key: keys.contractSummary(TENANT, contract), ConsistentRead: true }),
  );
  const normalise = (item: Record<string, unknown>) =>
    sortKeys(
      JSON.parse(
        ATTEMPT_TIMES.reduce((json, at) => json.replaceAll(at, '{now}'), JSON.stringify(item).replaceAll(contract, '{contract}')),
        (name, value) => (TIMESTAMPS.has(name) ? undefined : value),
      ),
    );
  const all = [...Items, ...(summary ? [summary] : [])].map((item) => normalise(item) as Record<string, unknown> & { sk: string });
  const isClaim = (item: { sk: string }) => item.sk.startsWith('INGEST#');
  return { items: all.filter((i) => !isClaim(i)), claims: all.filter(isClaim).map((c) => c.state) };
}

const CASES = [
  { name: 'a letter arriving after its agreement', first: 'agreement', faulted: 'letter' },
  { name: 'an agreement arriving after its letter', first: 'letter', faulted: 'agreement' },
] as const;
const MODES: FaultMode[] = ['before', 'after', 'outage'];

async function prepare(contract: string, first: 'agreement' | 'letter', faulted: 'agreement' | 'letter'): Promise<string> {
  await aws.upload(objectKey(contract, 'agreement'), AGREEMENT);
  await aws.upload(objectKey(contract, 'letter'), LETTER);
  const setup = await deliver(objectKey(contract, first), cleanPlan(), START - 3_600_000);
  expect(setup.outcome?.outcome).toBe('processed');
  return objectKey(contract, faulted);
}

describe.each(CASES)('$name, with a fault at every write of its ingest', ({ name, first, faulted }) => {
  it('ends with the verdict, deadlines and alerts of a clean run, after Lambda’s retries', async () => {
    const slug = `${first}-then-${faulted}`;
    const cleanKey = await prepare(`clean-${slug}`, first, faulted);
    const clean = await deliver(cleanKey, cleanPlan(), START);
    expect(clean.outcome?.outcome).toBe('processed');
    const reference = await snapshot(`clean-${slug}`);
    const types = reference.items.map((i) => (i as { type: string }).type);
    // What must be repaired is there in the first place.
    expect(types).toContain('verdict');
    expect(types.filter((t) => t === 'deadline').length).toBeGreaterThanOrEqual(2);
    expect(types.filter((t) => t === 'alert').length).toBeGreaterThanOrEqual(2);
    const writes = clean.first.writes;
    expect(writes).toBeGreaterThanOrEqual(8);

    const broken: string[] = [];
    let scenarios = 0;
    for (const mode of MODES) {
      for (let k = 1; k <= writes; k += 1) {
        const contract = `${mode}-${k}-${slug}`;
        const key = await prepare(contract, first, faulted);
        const delivery = await deliver(key, { ...cleanPlan(), failAt: k, mode }, START);
        scenarios += 1;
        expect(delivery.first.fired, `${mode} fault at write ${k} fired`).toBeGreaterThan(0);
        const repaired = await snapshot(contract);
        const replay = await deliver(key, cleanPlan(), START + 3_600_000);
        const complete =
          // `duplicate` when the claim's DONE was stored but its answer lost: the retry finds it finished.
          (delivery.outcome?.outcome === 'processed' || (mode === 'after' && k === writes && delivery.outcome?.outcome === 'duplicate')) &&
          JSON.stringify(repaired.items) === JSON.stringify(reference.items) &&
          repaired.claims.every((state) => state === 'DONE') &&
          replay.outcome?.outcome === 'duplicate';
        if (!complete)
          broken.push(`${mode} at write ${k} of ${writes}: ${delivery.outcome?.outcome ?? 'dead-lettered'} after ${delivery.attempts}`);
      }
    }
    expect(scenarios, name).toBe(MODES.length * writes);
    expect(broken).toEqual([]);
  });
});
