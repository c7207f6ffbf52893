/**
 * The DLQ replay's SQS adapter against the emulator's SQS: the queue is found by the stack's name, a
 * replayed message is deleted, one that failed again is still in the queue afterwards. Lambda is not
 * emulated: ingest is a fake port here (its adapter's answer handling is covered by the unit tests).
 */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueUrlByName, sqsDeadLetterQueue } from '../../lib/adapters/sqs-dead-letter-queue.ts';
import type { S3EventPayload } from '../../lib/app/dlq-replay.ts';
import { replayDeadLetters } from '../../lib/app/dlq-replay.ts';
import { startEmulator, type Emulator } from '../../lib/local/emulator.ts';
import { failureRecordBody } from '../support/fake-dead-letters.ts';

const QUEUE = 'contract-notice-checker-test-ingest-dlq';
const OK_KEY = 'tenants/acme/contracts/c-1/agreement/d-1/agreement.pdf';
const BAD_KEY = 'tenants/acme/contracts/c-2/letter/d-2/letter.pdf';

let emulator: Emulator;
let sqs: SQSClient;

beforeAll(async () => {
  emulator = await startEmulator({});
  emulator.server.createQueue(QUEUE);
  sqs = new SQSClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  await emulator?.stop();
});

describe('replaying dead letters from SQS', () => {
  it('deletes the message whose replay succeeded and leaves the one that failed again in the queue', async () => {
    const url = await queueUrlByName(sqs, QUEUE);
    for (const key of [OK_KEY, BAD_KEY]) await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: failureRecordBody([key]) }));

    const invoked: string[] = [];
    const report = await replayDeadLetters({
      queue: sqsDeadLetterQueue(sqs, url),
      ingest: {
        invoke: async (event: S3EventPayload) => {
          const key = event.Records[0]?.s3.object.key ?? '';
          invoked.push(key);
          return key === BAD_KEY ? { ok: false, error: 'ingest failed again' } : { ok: true, outcomes: [{ outcome: 'processed' }] };
        },
      },
    });

    expect(invoked.sort()).toEqual([OK_KEY, BAD_KEY].sort());
    expect(report).toMatchObject({ replayed: 1, failed: 1, unreadable: 0 });
    const queue = emulator.server.inspectQueue(QUEUE);
    const left = [
      ...(queue?.messages.ready ?? []),
      ...(queue?.messages.delayed ?? []),
      ...(queue?.messages.inflight ?? []).map((i) => i.message),
    ];
    expect(left.map((m) => JSON.parse(m.body).requestPayload.Records[0].s3.object.key)).toEqual([BAD_KEY]);
  });
});
