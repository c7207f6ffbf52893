/**
 * The alert outbox against DynamoDB Local and the emulator's SNS, behind a proxy that refuses publishes,
 * hangs and loses SNS's answers, and with a run that dies mid-publish. Deliveries are counted in an SQS
 * queue subscribed to the topic: every alert arrives; only the one whose answer was lost arrives twice,
 * both times with the same alert id.
 */
import { SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertDeps, apiDeps } from '../../lib/adapters/deps.ts';
import { throttlingOnlyRetry } from '../../lib/adapters/publish-retry.ts';
import { SNS_REQUEST_HANDLER } from '../../lib/adapters/sns-client.ts';
import { snsNotifier } from '../../lib/adapters/sns-notifier.ts';
import { ALERT_LEASE_SECONDS } from '../../lib/app/alert-outbox.ts';
import { scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { Notifier } from '../../lib/app/ports.ts';
import { runAlerts, type AlertDeps } from '../../lib/app/run-alerts.ts';
import type { Deadline } from '../../lib/domain/types.ts';
import { fakeClock } from '../support/fake-alert-ports.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;
let proxy: FaultProxy;
let sns: SNSClient;
const CONTRACTS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
const SCHEDULED = new Date('2026-01-31T09:00:00Z'); // the 30-day alerts of 2026-03-02 (Los Angeles) are due
const deadline: Deadline = { kind: 'non-renewal-notice', date: '2026-03-02', at: null, zone: 'America/Los_Angeles', section: '2.2' };

beforeAll(async () => {
  aws = await startLocalAws();
  proxy = await startFaultProxy(aws.emulator!.endpoint);
  sns = new SNSClient({
    region: 'us-east-1',
    endpoint: proxy.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    retryStrategy: throttlingOnlyRetry,
    requestHandler: { ...SNS_REQUEST_HANDLER, requestTimeout: 500 }, // the project's options, a shorter wait
  });
  const deps = apiDeps(aws.config);
  for (const contractId of CONTRACTS) {
    await deps.contracts.ensureContract('acme', contractId, '2026-01-01T00:00:00Z');
    const record = toDeadlineRecord(deadline, { tenantId: 'acme', contractId, sourceDocumentId: 'a1' }, '2026-01-01T00:00:00Z');
    await deps.contracts.replaceDeadlines('acme', contractId, [record], scheduleAlerts(record, [30], '2026-01-01T00:00:00Z'));
  }
});
afterAll(async () => {
  sns?.destroy();
  await proxy?.stop();
  await aws?.stop();
});

/** A notifier whose next publish never settles and sends nothing: the invocation died while SNS hung. */
function dyingNotifier(real: Notifier): Notifier & { dieNext: boolean } {
  const notifier = {
    dieNext: false,
    publish: (message: Parameters<Notifier['publish']>[0]) => {
      if (!notifier.dieNext) return real.publish(message);
      notifier.dieNext = false;
      return new Promise<never>(() => undefined);
    },
  };
  return notifier;
}

const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise.then(() => 'settled' as const), new Promise<'running'>((r) => setTimeout(() => r('running'), ms))]);

describe('the alert outbox with SNS failing', () => {
  it('delivers every alert at least once, and twice only the one whose answer was lost, under one id', async () => {
    const clock = fakeClock('2026-01-31T09:00:05Z');
    const notifier = dyingNotifier(snsNotifier(sns, aws.env.TOPIC_ARN!));
    const deps: AlertDeps = { ...alertDeps(aws.config, clock), notifier };

    // Run 1: SNS refuses one publish, hangs on one (the client times out), and loses its answer to one.
    proxy.script.push('refuse', 'hang', 'lose-answer');
    await expect(runAlerts(deps, { now: SCHEDULED })).rejects.toMatchObject({ code: 'TRANSIENT' });
    expect(aws.publishedAlerts()).toHaveLength(4); // three passed through, and the one whose answer was lost

    // Run 2 (Lambda's retry a minute later): the invocation dies on its first publish, SNS hanging.
    clock.advance(60_000);
    notifier.dieNext = true;
    expect(await settledWithin(runAlerts(deps, { now: SCHEDULED }), 1_000)).toBe('running');

    // Run 3: the other two are sent; the dead run's claim still holds.
    clock.advance(60_000);
    expect(await runAlerts(deps, { now: SCHEDULED })).toMatchObject({ due: 3, sent: 2, skipped: 1 });

    // The next hourly run finds the dead run's lease lapsed and sends its alert.
    clock.advance(ALERT_LEASE_SECONDS * 1000);
    expect(await runAlerts(deps, { now: SCHEDULED })).toMatchObject({ due: 1, sent: 1, resumed: 1 });
    expect(await runAlerts(deps, { now: SCHEDULED })).toMatchObject({ due: 0, sent: 0 });

    const delivered = aws.publishedAlerts() as Array<{ Message: string; MessageAttributes?: Record<string, { Value: string }> }>;
    const ids = delivered.map((m) => (JSON.parse(m.Message) as { alertId: string }).alertId);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.size).toBe(CONTRACTS.length);
    const lost = proxy.seen
      .filter((s) => s.fault === 'lose-answer')
      .map((s) => JSON.parse(new URLSearchParams(s.body).get('Message')!).alertId);
    expect(lost).toHaveLength(1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([[lost[0], 2]]);
    // The id travels as a message attribute too, so a subscriber can drop the duplicate without parsing.
    for (const m of delivered) expect(m.MessageAttributes?.alertId?.Value).toBe(JSON.parse(m.Message).alertId);
  });
});
