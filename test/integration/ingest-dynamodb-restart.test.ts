/**
 * DynamoDB itself goes away in the middle of an ingest: DynamoDB Local (keeping its data on disk) is stopped
 * just before one of the ingest's writes, so that write and everything after it fail, the claim's release
 * included. It comes back before Lambda's retries, which must complete the contract: the lease left
 * behind expires, and the retry re-derives the verdict, deadlines and alerts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps } from '../../lib/adapters/deps.ts';
import { dynamoClient } from '../../lib/adapters/clients.ts';
import { dynamoContractRepository } from '../../lib/adapters/dynamo-contract-repository.ts';
import { dynamoReviewRepository } from '../../lib/adapters/dynamo-review-repository.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { getContract, listVerdicts } from '../../lib/app/contract-queries.ts';
import { ingestObject, type IngestDeps } from '../../lib/app/ingest-object.ts';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../lib/local/dynamodb-local.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const example = (file: string) => readFileSync(new URL(`../../examples/hosting-suspension/${file}`, import.meta.url), 'utf8');
const objectKey = (contract: string, kind: 'agreement' | 'letter') => `tenants/acme/contracts/${contract}/${kind}/${kind}-1/${kind}.txt`;
const WRITE_COMMANDS = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);
const START = Date.parse('2021-01-10T03:00:00Z');
/** Lambda's asynchronous retries: one minute, then two more. */
const ATTEMPT_OFFSETS_SECONDS = [0, 60, 180];

let dataDir: string;
let aws: LocalAws;
let db: DynamoDbLocal;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ddb-restart-'));
  aws = await startLocalAws({ db: { dataDir } });
  db = aws.db;
}, 120_000);
afterAll(async () => {
  await aws?.stop();
  if (db !== aws?.db) await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A client that counts its writes and stops DynamoDB Local just before the `killAt`-th. */
function killingClient(real: DynamoDBDocumentClient, killAt: number | null): DynamoDBDocumentClient & { writes: number } {
  const client = Object.create(real) as DynamoDBDocumentClient & { writes: number };
  client.writes = 0;
  (client as { send: unknown }).send = async (command: { constructor: { name: string } }) => {
    if (WRITE_COMMANDS.has(command.constructor.name)) {
      client.writes += 1;
      if (client.writes === killAt) await db.stop();
    }
    return real.send(command as never);
  };
  return client;
}

async function prepare(contract: string): Promise<void> {
  await aws.upload(objectKey(contract, 'agreement'), example('agreement.txt'));
  await aws.upload(objectKey(contract, 'letter'), example('letter.txt'));
  const outcome = await ingestObject(depsAt({ at: START - 3_600_000 }, dynamoClient(aws.config)), {
    key: objectKey(contract, 'agreement'),
  });
  expect(outcome.outcome).toBe('processed');
}

/** The DynamoDB writes of one clean ingest of the letter. */
async function writesOfOneIngest(): Promise<number> {
  await prepare('restart-count');
  const counting = killingClient(dynamoClient(aws.config), null);
  expect((await ingestObject(depsAt({ at: START }, counting), { key: objectKey('restart-count', 'letter') })).outcome).toBe('processed');
  return counting.writes;
}

function depsAt(clock: { at: number }, client: DynamoDBDocumentClient): IngestDeps {
  const base = ingestDeps(aws.config, { now: () => new Date(clock.at) });
  return {
    ...base,
    contracts: dynamoContractRepository(client, aws.config.tableName),
    reviews: dynamoReviewRepository(client, aws.config.tableName),
  };
}

describe('DynamoDB Local stopped in the middle of an ingest and started again', () => {
  it('stopped before the middle and the last write of the letter’s ingest: the retries complete the contract', async () => {
    const writes = await writesOfOneIngest();
    expect(writes).toBeGreaterThanOrEqual(6);
    const killPoints = [Math.ceil(writes / 2), writes];
    const results: Array<{ killAt: number; attempts: string[]; letterDeadlines: number; verdicts: string[] }> = [];
    for (const killAt of killPoints) {
      const contract = `restart-${killAt}`;
      await prepare(contract);
      const clock = { at: START };
      const attempts: string[] = [];
      for (const [index, offset] of ATTEMPT_OFFSETS_SECONDS.entries()) {
        clock.at = START + offset * 1000;
        const client = index === 0 ? killingClient(dynamoClient(aws.config), killAt) : dynamoClient(aws.config);
        try {
          attempts.push((await ingestObject(depsAt(clock, client), { key: objectKey(contract, 'letter') })).outcome);
          break;
        } catch (error) {
          attempts.push(`error ${(error as { code?: string }).code ?? (error as Error).name}`);
        }
        // The database comes back (same port, same data) before Lambda's first retry.
        if (index === 0) db = await startDynamoDbLocal({ port: db.port, dataDir });
      }
      const api = apiDeps(aws.config);
      const stored = await getContract(api, 'acme', contract);
      results.push({
        killAt,
        attempts,
        letterDeadlines: stored!.deadlines.filter((d) => d.sourceDocumentId === 'letter-1').length,
        verdicts: ((await listVerdicts(api, 'acme', contract)) ?? []).map((v) => v.letterDocumentId),
      });
    }
    for (const result of results) {
      expect(result.attempts[0], `stopped before write ${result.killAt}`).toMatch(/^error/);
      expect(result.attempts.at(-1), `stopped before write ${result.killAt}`).toBe('processed');
      expect(result.verdicts).toEqual(['letter-1']);
      expect(result.letterDeadlines).toBeGreaterThan(0);
    }
  }, 300_000);
});
