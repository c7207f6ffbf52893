// EventBridge schedule → publish the deadline alerts now due (see lib/app/run-alerts.ts).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { alertDeps } from '../lib/adapters/deps.ts';
import { logger } from '../lib/adapters/logger.ts';
import { runAlerts, type AlertRunReport } from '../lib/app/run-alerts.ts';
import { config } from '../lib/config.ts';

const deps = alertDeps(config());

const alerts = async (event: ScheduledEvent): Promise<AlertRunReport> => {
  // The schedule's own time, so a delayed or retried invocation judges "due" as of when it was meant to run.
  const scheduled = new Date(event.time);
  const report = await runAlerts(deps, { now: Number.isNaN(scheduled.getTime()) ? undefined : scheduled });
  logger.info('alert run', { ...report });
  return report;
};

export const handler = middy(alerts).use(injectLambdaContext(logger, { resetKeys: true }));
