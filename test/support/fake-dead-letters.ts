import type { DeadLetter, DeadLetterQueue } from '../../lib/app/dlq-replay.ts';

/** Lambda's on-failure destination record for an S3 event of these keys, as the dead-letter queue holds it. */
export function failureRecordBody(keys: string[]): string {
  return JSON.stringify({
    version: '1.0',
    timestamp: '2026-03-02T08:10:00.000Z',
    requestContext: {
      requestId: 'req-1',
      functionArn: 'arn:aws:lambda:us-east-1:1:function:ingest:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    },
    requestPayload: {
      Records: keys.map((key) => ({
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: 'documents' }, object: { key, size: 10, eTag: 'e', versionId: 'v1', sequencer: '00A' } },
      })),
    },
    responseContext: { statusCode: 200, functionError: 'Unhandled' },
    responsePayload: { errorType: 'Error', errorMessage: 'socket hang up' },
  });
}

/**
 * An in-memory queue: a received message is hidden until deleted, unless `redeliverKept` makes kept
 * messages visible again straight away (as a short visibility timeout would).
 */
export function fakeDeadLetterQueue(messages: DeadLetter[], options: { redeliverKept?: boolean } = {}) {
  const stored = [...messages];
  const hidden = new Set<string>();
  const queue: DeadLetterQueue & { remaining: () => DeadLetter[] } = {
    async receive(max) {
      if (options.redeliverKept) hidden.clear();
      const visible = stored.filter((m) => !hidden.has(m.messageId)).slice(0, max);
      for (const m of visible) hidden.add(m.messageId);
      return visible;
    },
    async delete(message) {
      const at = stored.findIndex((m) => m.receipt === message.receipt);
      if (at >= 0) stored.splice(at, 1);
    },
    remaining: () => [...stored],
  };
  return queue;
}
