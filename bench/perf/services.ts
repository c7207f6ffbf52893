/** DynamoDB Local and the S3/SNS emulator, started once per benchmark run on free ports. */
import { startDynamoDbLocal } from '../../lib/local/dynamodb-local.ts';
import { type Emulator, startEmulator } from '../../lib/local/emulator.ts';

export interface Endpoints {
  dynamodb: string;
  emulator: string;
  bucket: string;
  topicArn: string;
  /** An SQS queue subscribed to the topic, so a section can count what the alert job published. */
  queueUrl: string;
}

export interface Services {
  endpoints: Endpoints;
  stop(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const db = await startDynamoDbLocal({});
  let emulator: Emulator;
  try {
    emulator = await startEmulator({});
  } catch (error) {
    await db.stop();
    throw error;
  }
  const started = emulator;
  const bucket = started.server.createBucket('bench-documents').bucketName;
  const { topicArn } = started.server.createTopic('bench-alerts');
  const { queueUrl } = started.server.createQueue('bench-alerts-inbox');
  started.server.subscribe({ topic: 'bench-alerts', queue: 'bench-alerts-inbox' });
  return {
    endpoints: { dynamodb: db.endpoint, emulator: started.endpoint, bucket, topicArn, queueUrl },
    async stop() {
      await Promise.allSettled([db.stop(), started.stop()]);
    },
  };
}
