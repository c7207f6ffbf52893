// EventBridge schedule → publish the deadline alerts now due (see lib/app/run-alerts.ts).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { dynamoClient, snsClient } from '../lib/adapters/clients.ts';
import { alertDeps } from '../lib/adapters/deps.ts';
import { logger } from '../lib/adapters/logger.ts';
import { metrics, recordAlertRun } from '../lib/adapters/metrics.ts';
import { traced, tracer } from '../lib/adapters/tracer.ts';
import { runAlerts, type AlertRunReport } from '../lib/app/run-alerts.ts';
import { config } from '../lib/config.ts';

const settings = config();
traced(dynamoClient(settings));
traced(snsClient(settings));
const deps = alertDeps(settings);

const alerts = async (event: ScheduledEvent): Promise<AlertRunReport> => {
  // The schedule's own time, so a delayed or retried invocation judges "due" as of when it was meant to run.
  const scheduled = new Date(event.time);
  const report = await runAlerts(deps, { now: Number.isNaN(scheduled.getTime()) ? undefined : scheduled });
  logger.info('alert run', { ...report });
  recordAlertRun(metrics, report);
  return report;
};

export const handler = middy(alerts)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
