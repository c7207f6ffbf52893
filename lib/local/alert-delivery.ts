/**
 * Where alerts go locally: an SQS queue subscribed to the alert topic in the emulator (as an email or chat
 * subscription would be in AWS), drained after each alert job run; every alert is printed and appended to
 * the alerts log as one JSON line.
 */
import { appendFile } from 'node:fs/promises';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describeAlert, type DeliveredAlert } from './alert-text.ts';
import type { Emulator } from './emulator.ts';

export type { DeliveredAlert } from './alert-text.ts';

export interface AlertDelivery {
  /** Receives everything published so far, logs and returns it. */
  drain(): Promise<DeliveredAlert[]>;
}

export interface AlertDeliveryOptions {
  emulator: Emulator;
  topicArn: string;
  region: string;
  logFile: string;
  print(line: string): void;
}

const QUEUE_NAME = 'local-alert-inbox';

/**
 * @example
 * const delivery = createAlertDelivery({ emulator, topicArn, region: 'us-east-1', logFile: '.data/alerts.log', print: console.log });
 * await delivery.drain() // [{ subject: 'Deadline in 7 days: non-renewal-notice', message: { … } }]
 */
export function createAlertDelivery(options: AlertDeliveryOptions): AlertDelivery {
  const topicName = options.topicArn.split(':').at(-1) ?? options.topicArn;
  const { queueUrl } = options.emulator.server.createQueue(QUEUE_NAME);
  options.emulator.server.subscribe({ topic: topicName, queue: QUEUE_NAME });
  const sqs = new SQSClient({
    endpoint: options.emulator.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

  return {
    drain: async () => {
      const delivered: DeliveredAlert[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
        );
        if (Messages.length === 0) break;
        for (const received of Messages) delivered.push(fromEnvelope(received.Body ?? ''));
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: Messages.map((received, index) => ({ Id: String(index), ReceiptHandle: received.ReceiptHandle ?? '' })),
          }),
        );
      }
      for (const alert of delivered) {
        options.print(`[alert] ${describeAlert(alert)}`);
        await appendFile(options.logFile, `${JSON.stringify(alert)}\n`);
      }
      return delivered;
    },
  };
}

/** SNS wraps what was published in an envelope when it delivers to SQS. */
function fromEnvelope(body: string): DeliveredAlert {
  const envelope = parse(body) as { Subject?: string; Message?: string; Timestamp?: string } | string;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.Message !== 'string') {
    return { receivedAt: new Date().toISOString(), subject: null, message: envelope };
  }
  return {
    receivedAt: envelope.Timestamp ?? new Date().toISOString(),
    subject: envelope.Subject ?? null,
    message: parse(envelope.Message),
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
