/**
 * Fault injection for the ingest's writes: a DynamoDB document client and a text store that count every write
 * (Put, Update, Delete, BatchWrite, TransactWrite; the text object's PUT) and make the k-th one fail, the way
 * an outage, a throttle or a lost answer would. One plan is shared by every port of one ingest attempt.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DocumentTextStore } from '../../lib/app/ports.ts';

/**
 * - `before`: the k-th write is refused, nothing is stored (a throttle or a 500).
 * - `after`: the k-th write is stored but its answer is lost (a timeout after DynamoDB committed).
 * - `outage`: from the k-th write on, every request of the attempt fails, reads included (the claim's release
 *   too, so the lease is left behind and only its expiry frees the version).
 */
export type FaultMode = 'before' | 'after' | 'outage';

export interface FaultPlan {
  failAt: number | null;
  mode: FaultMode;
  writes: number;
  fired: number;
}

export const cleanPlan = (): FaultPlan => ({ failAt: null, mode: 'before', writes: 0, fired: 0 });

const WRITE_COMMANDS = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);

const injected = () => Object.assign(new Error('injected fault: service unavailable'), { name: 'ServiceUnavailable', $fault: 'server' });

async function guarded<T>(plan: FaultPlan, isWrite: boolean, call: () => Promise<T>): Promise<T> {
  const outageOn = plan.mode === 'outage' && plan.failAt !== null && plan.writes >= plan.failAt;
  if (outageOn) {
    plan.fired += 1;
    throw injected();
  }
  if (!isWrite) return call();
  plan.writes += 1;
  if (plan.writes !== plan.failAt) return call();
  plan.fired += 1;
  if (plan.mode === 'after') await call();
  throw injected();
}

/** The same client, but its writes go through the plan. */
export function faultyDynamo(real: DynamoDBDocumentClient, plan: () => FaultPlan): DynamoDBDocumentClient {
  const client = Object.create(real) as DynamoDBDocumentClient;
  const send = real.send.bind(real) as (command: unknown) => Promise<unknown>;
  (client as { send: unknown }).send = (command: { constructor: { name: string } }) =>
    guarded(plan(), WRITE_COMMANDS.has(command.constructor.name), () => send(command));
  return client;
}

/** The text store, its `put` counted as one write of the plan. */
export function faultyTexts(real: DocumentTextStore, plan: () => FaultPlan): DocumentTextStore {
  return {
    put: (...args) => guarded(plan(), true, () => real.put(...args)),
    get: (...args) => guarded(plan(), false, () => real.get(...args)),
  };
}
