// EventBridge schedule → mark documents PENDING for too long FAILED with STALE (see lib/app/stale-sweep.ts).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { dynamoClient } from '../lib/adapters/dynamo-client.ts';
import { dynamoPendingDocuments } from '../lib/adapters/dynamo-pending-documents.ts';
import { logger } from '../lib/adapters/logger.ts';
import { traced, tracer } from '../lib/adapters/tracer.ts';
import { sweepStalePending, type StaleSweepReport } from '../lib/app/stale-sweep.ts';
import { config } from '../lib/config.ts';

const settings = config();
const pending = dynamoPendingDocuments(traced(dynamoClient(settings)), settings.tableName);

const sweep = async (event: ScheduledEvent): Promise<StaleSweepReport> => {
  // The schedule's own time, so a delayed or retried run judges "stale" as of when it was meant to run.
  const scheduled = new Date(event.time);
  const now = Number.isNaN(scheduled.getTime()) ? new Date() : scheduled;
  const report = await sweepStalePending({ pending }, { now, staleAfterHours: settings.stalePendingHours });
  logger.info('stale sweep', { ...report });
  return report;
};

export const handler = middy(sweep)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { resetKeys: true }));
