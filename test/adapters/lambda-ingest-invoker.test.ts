import type { LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { lambdaIngestInvoker } from '../../lib/adapters/lambda-ingest-invoker.ts';

const EVENT = { Records: [{ eventSource: 'aws:s3' as const, s3: { bucket: { name: 'b' }, object: { key: 'tenants/a/k' } } }] };
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A Lambda client whose Invoke answers `answer` (or throws it), recording what it was sent. */
function lambdaAnswering(answer: unknown) {
  const sent: Array<{ FunctionName?: string; InvocationType?: string; Payload?: Uint8Array }> = [];
  const client = {
    send: async (command: { input: (typeof sent)[number] }) => {
      sent.push(command.input);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as LambdaClient;
  return { client, sent };
}

describe('invoking ingest on a dead-lettered event', () => {
  it('waits for the answer (RequestResponse) and returns ingest’s outcomes', async () => {
    const { client, sent } = lambdaAnswering({ StatusCode: 200, Payload: encode([{ outcome: 'processed', documentId: 'd' }]) });
    expect(await lambdaIngestInvoker(client, 'stack-ingest').invoke(EVENT)).toEqual({
      ok: true,
      outcomes: [{ outcome: 'processed', documentId: 'd' }],
    });
    expect(sent[0]).toMatchObject({ FunctionName: 'stack-ingest', InvocationType: 'RequestResponse' });
    expect(JSON.parse(new TextDecoder().decode(sent[0]?.Payload))).toEqual(EVENT);
  });

  it('a function error (ingest threw or timed out) is a failure with ingest’s message', async () => {
    const { client } = lambdaAnswering({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: encode({ errorType: 'Error', errorMessage: 'Task timed out' }),
    });
    expect(await lambdaIngestInvoker(client, 'f').invoke(EVENT)).toEqual({ ok: false, error: 'ingest failed again: Task timed out' });
  });

  it('an invocation Lambda refused (throttled, no permission) is a failure, not a crash', async () => {
    const refused = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    const { client } = lambdaAnswering(refused);
    expect(await lambdaIngestInvoker(client, 'f').invoke(EVENT)).toEqual({ ok: false, error: 'TooManyRequestsException: Rate exceeded' });
  });
});
