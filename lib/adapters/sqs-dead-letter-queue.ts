/** The dead-letter queue port on SQS (the operator's `notice-check dlq replay`). */
import { DeleteMessageCommand, GetQueueUrlCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetterQueue } from '../app/dlq-replay.ts';

/**
 * Messages received stay hidden from other readers for this long: past a whole replay of a full batch (ten
 * ingest invocations of at most 60 s each), so a message that failed is not received twice in one run.
 */
const HIDDEN_SECONDS = 15 * 60;

export function sqsDeadLetterQueue(client: SQSClient, queueUrl: string): DeadLetterQueue {
  return {
    async receive(max) {
      const { Messages } = await client.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: max, VisibilityTimeout: HIDDEN_SECONDS, WaitTimeSeconds: 1 }),
      );
      return (Messages ?? []).map((m) => ({ messageId: m.MessageId ?? '', receipt: m.ReceiptHandle ?? '', body: m.Body ?? '' }));
    },
    async delete(message) {
      await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.receipt }));
    },
  };
}

/** The URL of a queue known by name (the stack names it `<service>-<stage>-ingest-dlq`). */
export async function queueUrlByName(client: SQSClient, queueName: string): Promise<string> {
  const { QueueUrl } = await client.send(new GetQueueUrlCommand({ QueueName: queueName }));
  if (!QueueUrl) throw new Error(`SQS returned no URL for queue ${queueName}`);
  return QueueUrl;
}
