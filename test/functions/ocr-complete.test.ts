/**
 * The ocrComplete handler as deployed, driven by the sample SNS event (Textract's completion message inside)
 * against DynamoDB Local: a completion no upload waits for, and a message that is not a completion, are
 * dropped without failing the invocation (a retry could not change them); the resume itself is covered by
 * test/integration/ocr-hand-off.test.ts.
 */
import type { Context, SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../support/events.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;
let ocrComplete: (event: SNSEvent, context: Context) => Promise<Array<{ outcome: string; reason?: string }>>;
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

beforeAll(async () => {
  aws = await startLocalAws({ emulator: false });
  Object.assign(process.env, aws.env, { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' });
  ocrComplete = (await import('../../functions/ocr-complete.ts')).handler as never;
}, 60_000);
afterAll(async () => {
  await aws?.stop();
});

/** The sample event, its message's bucket made this stack's and `change` applied to the message. */
function completionEvent(change: Record<string, unknown> = {}): SNSEvent {
  const event = loadEvent('sns-ocr-completion');
  const sns = event.Records[0]!.Sns;
  const message = JSON.parse(sns.Message) as { DocumentLocation: Record<string, string> };
  message.DocumentLocation.S3Bucket = aws.config.bucketName;
  sns.Message = JSON.stringify({ ...message, ...change });
  return event;
}

describe('the ocrComplete handler', () => {
  it('a completion for a document no upload is waiting for is dropped, and the invocation succeeds', async () => {
    expect(await ocrComplete(completionEvent(), context)).toEqual([{ outcome: 'dropped', reason: expect.stringMatching(/unknown/) }]);
  });

  it('a message on the topic that is not a text detection completion is dropped, not retried', async () => {
    const event = completionEvent();
    event.Records[0]!.Sns.Message = 'not json';
    expect(await ocrComplete(event, context)).toEqual([{ outcome: 'dropped', reason: 'the message is not JSON' }]);
    expect(await ocrComplete(completionEvent({ API: 'StartExpenseAnalysis' }), context)).toEqual([
      { outcome: 'dropped', reason: expect.stringMatching(/StartExpenseAnalysis/) },
    ]);
  });
});
