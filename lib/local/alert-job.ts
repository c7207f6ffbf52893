/**
 * Runs the deployed alert function locally, as EventBridge would: a "Scheduled Event" whose `time` is the
 * moment of the run (or the `now` asked for), one run at a time; then the alerts it published are drained
 * from the topic's local subscriber.
 */
import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import type { AlertDelivery, DeliveredAlert } from './alert-delivery.ts';
import type { LocalFunction } from './lambda-runtime.ts';

export interface AlertJob {
  run(now?: Date): Promise<DeliveredAlert[]>;
}

/**
 * @example
 * const job = alertJob(alertsFunction, delivery, 'us-east-1');
 * await job.run(new Date('2021-01-01T09:00:00Z')) // alerts due within the offsets on that day
 */
export function alertJob(fn: LocalFunction, delivery: AlertDelivery, region: string): AlertJob {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(now = new Date()) {
      const run = queue.then(async () => {
        await fn.invoke(scheduledEvent(now, region));
        return delivery.drain();
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export function scheduledEvent(now: Date, region: string): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region,
    resources: [`arn:aws:events:${region}:000000000000:rule/contract-notice-checker-local-alerts`],
    detail: {},
  };
}
