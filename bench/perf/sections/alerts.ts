/**
 * alerts_items_read_per_due: the deployed alert handler's first run over a table of 10,000 contracts of
 * which 50 have an alert due now. Items read are counted by a proxy in front of DynamoDB Local (see
 * counting-proxy.ts), so the figure holds whatever the job's code does; published messages are counted
 * from an SQS queue subscribed to the alert topic.
 */
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Handler, ScheduledEvent } from 'aws-lambda';
import { loadConfig } from '../../../lib/config.ts';
import { seedItems, writeItems } from '../alert-seed.ts';
import { reportResult, sectionConfig } from '../child.ts';
import { startReadCounter } from '../counting-proxy.ts';
import { dynamoClient, freshTable, lambdaContext, usePipelineEnv } from '../pipeline.ts';
import type { Endpoints } from '../services.ts';
import { nowMs } from '../stats.ts';

const CONTRACTS = 10_000;
const DUE = 50;

const config = sectionConfig<Endpoints>();
const table = await freshTable(config.dynamodb, 'bench-alerts');
const counter = await startReadCounter(config.dynamodb);
usePipelineEnv(config, table, counter.endpoint);

const now = new Date();
const seedStart = nowMs();
const { items, due } = seedItems(now.toISOString(), loadConfig().alertOffsets, CONTRACTS, DUE);
await writeItems(DynamoDBDocumentClient.from(dynamoClient(config.dynamodb)), table, items);
const seedMs = nowMs() - seedStart;

const { handler } = (await import('../../../functions/alerts.ts')) as unknown as {
  handler: Handler<ScheduledEvent, Record<string, number>>;
};
const event: ScheduledEvent = {
  version: '0',
  id: 'bench-schedule',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '000000000000',
  time: now.toISOString(),
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:000000000000:rule/alerts'],
  detail: {},
};
counter.reset();
const start = nowMs();
const report = await handler(event, lambdaContext('contract-notice-checker-bench-alerts'), () => undefined);
const runMs = nowMs() - start;
const { itemsRead, operations } = counter;
await counter.stop();

const sqs = new SQSClient({
  endpoint: config.emulator,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const attributes = await sqs.send(
  new GetQueueAttributesCommand({ QueueUrl: config.queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
);
const published = Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0);

reportResult({
  items_read_per_due: itemsRead / due,
  items_read: itemsRead,
  due,
  contracts: CONTRACTS,
  items_stored: items.length,
  published,
  job_report: JSON.stringify(report),
  run_ms: runMs,
  seed_ms: seedMs,
  operations: Object.entries(operations)
    .map(([name, count]) => `${name} x${count}`)
    .join(', '),
});
