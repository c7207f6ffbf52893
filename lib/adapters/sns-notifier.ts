/** Publishes alerts to the project's SNS topic. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from '../app/ports.ts';

export function snsNotifier(client: SNSClient, topicArn: string): Notifier {
  return {
    async publish({ subject, message, attributes }) {
      const result = await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          // SNS subjects: at most 100 printable ASCII characters.
          Subject: subject.replace(/[^\x20-\x7e]/g, ' ').slice(0, 100),
          Message: message,
          MessageAttributes: Object.fromEntries(
            Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
          ),
        }),
      );
      return result.MessageId ?? null;
    },
  };
}
