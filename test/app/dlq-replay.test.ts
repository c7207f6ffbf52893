import { describe, expect, it } from 'vitest';
import { replayDeadLetters, type DeadLetter, type IngestInvocation, type S3EventPayload } from '../../lib/app/dlq-replay.ts';
import { fakeDeadLetterQueue, failureRecordBody } from '../support/fake-dead-letters.ts';

const KEY_A = 'tenants/acme/contracts/c-1/agreement/d-1/agreement.pdf';
const KEY_B = 'tenants/acme/contracts/c-2/letter/d-2/letter.pdf';

/** Ingest fails for the keys in `failing`, and answers "ignored" for those in `gone`. */
function fakeIngest(failing: string[] = [], gone: string[] = []) {
  const invoked: string[] = [];
  return {
    invoked,
    async invoke(event: S3EventPayload): Promise<IngestInvocation> {
      const keys = event.Records.map((r) => r.s3.object.key);
      invoked.push(...keys);
      if (keys.some((k) => failing.includes(k))) return { ok: false, error: 'ingest failed again: throttled' };
      return {
        ok: true,
        outcomes: keys.map((k) =>
          gone.includes(k) ? { outcome: 'ignored', reason: 'object no longer exists' } : { outcome: 'processed' },
        ),
      };
    },
  };
}

describe('replaying the ingest dead-letter queue', () => {
  it('a message whose replay succeeded is deleted; one that failed again stays', async () => {
    const queue = fakeDeadLetterQueue([
      { messageId: 'm-1', receipt: 'r-1', body: failureRecordBody([KEY_A]) },
      { messageId: 'm-2', receipt: 'r-2', body: failureRecordBody([KEY_B]) },
    ]);
    const ingest = fakeIngest([KEY_B]);
    const report = await replayDeadLetters({ queue, ingest });
    expect(ingest.invoked).toEqual([KEY_A, KEY_B]);
    expect(queue.remaining().map((m) => m.messageId)).toEqual(['m-2']);
    expect(report).toMatchObject({ replayed: 1, failed: 1, unreadable: 0 });
    expect(report.messages).toEqual([
      { messageId: 'm-1', outcome: 'replayed', keys: [KEY_A], ignored: [] },
      { messageId: 'm-2', outcome: 'failed', keys: [KEY_B], reason: 'ingest failed again: throttled' },
    ]);
  });

  it('a message that holds no S3 event is reported and kept, and ingest is not invoked for it', async () => {
    const bodies = [
      'not json',
      JSON.stringify({ requestPayload: { Records: [] } }),
      JSON.stringify({ requestPayload: { source: 'aws.events' } }),
    ];
    const queue = fakeDeadLetterQueue(bodies.map((body, i): DeadLetter => ({ messageId: `m-${i}`, receipt: `r-${i}`, body })));
    const ingest = fakeIngest();
    const report = await replayDeadLetters({ queue, ingest });
    expect(ingest.invoked).toEqual([]);
    expect(report).toMatchObject({ replayed: 0, failed: 0, unreadable: 3 });
    expect(queue.remaining()).toHaveLength(3);
  });

  it('an upload whose object is gone is replayed (deleted) and named as ignored', async () => {
    const queue = fakeDeadLetterQueue([{ messageId: 'm-1', receipt: 'r-1', body: failureRecordBody([KEY_A, KEY_B]) }]);
    const report = await replayDeadLetters({ queue, ingest: fakeIngest([], [KEY_B]) });
    expect(report.messages).toEqual([{ messageId: 'm-1', outcome: 'replayed', keys: [KEY_A, KEY_B], ignored: [KEY_B] }]);
    expect(queue.remaining()).toEqual([]);
  });

  it('reads past one batch of ten and stops at the limit', async () => {
    const messages = Array.from(
      { length: 25 },
      (_, i): DeadLetter => ({ messageId: `m-${i}`, receipt: `r-${i}`, body: failureRecordBody([`${KEY_A}-${i}`]) }),
    );
    const failing = messages.map((_, i) => `${KEY_A}-${i}`).filter((_, i) => i % 2 === 0);
    const all = await replayDeadLetters({ queue: fakeDeadLetterQueue(messages), ingest: fakeIngest(failing) });
    expect(all.messages).toHaveLength(25);
    expect(all).toMatchObject({ replayed: 12, failed: 13 });

    const limited = await replayDeadLetters({ queue: fakeDeadLetterQueue(messages), ingest: fakeIngest() }, { limit: 12 });
    expect(limited.messages).toHaveLength(12);
  });

  it('ends, and tries no message twice, when failed messages become visible again during the run', async () => {
    const messages = Array.from(
      { length: 5 },
      (_, i): DeadLetter => ({ messageId: `m-${i}`, receipt: `r-${i}`, body: failureRecordBody([`${KEY_A}-${i}`]) }),
    );
    const ingest = fakeIngest(messages.map((_, i) => `${KEY_A}-${i}`));
    const report = await replayDeadLetters({ queue: fakeDeadLetterQueue(messages, { redeliverKept: true }), ingest });
    expect(report).toMatchObject({ replayed: 0, failed: 5 });
    expect(ingest.invoked).toHaveLength(5);
  });
});
