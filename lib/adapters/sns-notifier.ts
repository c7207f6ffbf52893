/** Publishes alerts to the project's SNS topic. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from '../app/ports.ts';

export function snsNotifier(client: SNSClient, topicArn: string): Notifier {
  // Deduplication and group ids are accepted only by FIFO topics (a standard topic refuses them); on a
  // standard topic the alertId attribute lets subscribers drop a duplicate.
  const fifo = topicArn.endsWith('.fifo');
  return {
    async publish({ subject, message, attributes, deduplicationId, groupId }) {
      const result = await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          // SNS subjects: at most 100 printable ASCII characters.
          Subject: subject.replace(/[^\x20-\x7e]/g, ' ').slice(0, 100),
          Message: message,
          MessageAttributes: Object.fromEntries(
            Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
          ),
          ...(fifo ? { MessageDeduplicationId: deduplicationId, MessageGroupId: groupId } : {}),
        }),
      );
      return result.MessageId ?? null;
    },
  };
}
