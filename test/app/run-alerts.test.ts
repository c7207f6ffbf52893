/**
 * The alert job's outbox with fake ports: SNS refusing, hanging and losing its answers, repository writes
 * failing, runs dying mid-publish. Every alert is delivered at least once; a second delivery happens only
 * where SNS accepted a message whose answer (or the record of it) was lost, and carries the same alert id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_LEASE_SECONDS } from '../../lib/app/alert-outbox.ts';
import type { AlertRecord } from '../../lib/app/records.ts';
import { alertId, runAlerts, type AlertDeps, type AlertRunReport } from '../../lib/app/run-alerts.ts';
import { loadConfig } from '../../lib/config.ts';
import {
  alertKeyOf,
  fakeAlertRepository,
  fakeClock,
  fakeSns,
  type FakeAlertRepository,
  type FakeClock,
  type FakeSns,
  type PublishFault,
  type WriteFault,
} from '../support/fake-alert-ports.ts';

const config = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b', TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:alerts' });
const SCHEDULED = new Date('2026-01-31T09:00:00Z');
const LEASE_MS = ALERT_LEASE_SECONDS * 1000;

/** The 30-day reminder of a notice deadline on 2026-03-02 (Los Angeles), due at 2026-01-31 08:00 UTC. */
function reminder(contractId: string): AlertRecord {
  return {
    tenantId: 'acme',
    contractId,
    deadlineId: 'non-renewal-notice-2026-03-02',
    offset: 30,
    dueAt: '2026-01-31T08:00:00.000Z',
    deadline: { kind: 'non-renewal-notice', date: '2026-03-02', at: null, zone: 'America/Los_Angeles', section: '2.2' },
    handledAt: null,
  };
}

interface World {
  repo: FakeAlertRepository;
  sns: FakeSns;
  clock: FakeClock;
  deps: AlertDeps;
}

function world(alerts: AlertRecord[], script: PublishFault[] = []): World {
  const repo = fakeAlertRepository(alerts);
  const sns = fakeSns(script);
  const clock = fakeClock('2026-01-31T09:00:05Z');
  return { repo, sns, clock, deps: { config, clock, alerts: repo, notifier: sns } };
}

/**
 * One scheduled run. A run still unsettled once every pending callback has run is hung on SNS: it is left
 * behind, as Lambda leaves an invocation it stops at its timeout.
 */
async function run(w: World): Promise<AlertRunReport | 'failed' | 'died'> {
  const outcome = runAlerts(w.deps, { now: SCHEDULED }).then(
    (report) => report,
    () => 'failed' as const,
  );
  const died = new Promise<'died'>((resolve) => setTimeout(() => resolve('died'), 0));
  return Promise.race([outcome, died]);
}

const deliveries = (sns: FakeSns) => {
  const count = new Map<string, number>();
  for (const m of sns.accepted) count.set(m.deduplicationId, (count.get(m.deduplicationId) ?? 0) + 1);
  return count;
};

describe('runAlerts, the outbox', () => {
  it('SNS refuses and the write giving the claim back fails: the next run after the lease lapses sends it', async () => {
    const w = world([reminder('hosting')], ['refuse']);
    w.repo.failNext('release');
    expect(await run(w)).toBe('failed');
    w.clock.advance(60_000);
    expect(await run(w)).toMatchObject({ due: 1, sent: 0, skipped: 1 }); // the claim still holds
    w.clock.advance(LEASE_MS);
    expect(await run(w)).toMatchObject({ sent: 1, resumed: 1, failed: 0 });
    expect(w.sns.accepted).toHaveLength(1);
    expect(w.repo.stored()[0]).toMatchObject({ state: 'sent', attempts: 2, messageId: 'message-1' });
  });

  it('SNS refuses and the claim is given back: Lambda’s retry a minute later sends it', async () => {
    const w = world([reminder('hosting')], ['refuse']);
    expect(await run(w)).toBe('failed');
    w.clock.advance(60_000);
    expect(await run(w)).toMatchObject({ sent: 1 });
    expect(w.sns.accepted).toHaveLength(1);
  });

  it('the invocation dies while SNS hangs: the alert is resumed once the lease lapses', async () => {
    const w = world([reminder('hosting')], ['hang']);
    expect(await run(w)).toBe('died');
    w.clock.advance(LEASE_MS - 1_000);
    expect(await run(w)).toMatchObject({ sent: 0, skipped: 1 });
    w.clock.advance(2_000);
    expect(await run(w)).toMatchObject({ sent: 1, resumed: 1 });
    expect(w.sns.accepted).toHaveLength(1);
  });

  it('SNS accepts but its answer is lost: it is sent once more, with the same alert id and deduplication id', async () => {
    const w = world([reminder('hosting')], ['lose-answer']);
    expect(await run(w)).toBe('failed');
    w.clock.advance(60_000);
    expect(await run(w)).toMatchObject({ sent: 1 });
    const [first, second] = w.sns.accepted;
    expect(w.sns.accepted).toHaveLength(2);
    expect(second!.deduplicationId).toBe(first!.deduplicationId);
    expect(second!.attributes.alertId).toBe(first!.attributes.alertId);
    expect(JSON.parse(second!.message).alertId).toBe(alertId(reminder('hosting')));
  });

  it('SNS accepted it but the write recording that failed: the claim is kept, not given back, until it lapses', async () => {
    const w = world([reminder('hosting')]);
    w.repo.failNext('complete');
    expect(await run(w)).toBe('failed');
    w.clock.advance(60_000);
    expect(await run(w)).toMatchObject({ sent: 0, skipped: 1 });
    w.clock.advance(LEASE_MS);
    expect(await run(w)).toMatchObject({ sent: 1, resumed: 1 });
    expect(new Set(w.sns.accepted.map((m) => m.deduplicationId)).size).toBe(1);
    expect(w.sns.accepted).toHaveLength(2);
  });

  it('one alert’s failure does not keep the others from being sent', async () => {
    const w = world([reminder('a'), reminder('b'), reminder('c')], ['refuse']);
    expect(await run(w)).toBe('failed');
    expect(w.sns.accepted).toHaveLength(2);
    w.clock.advance(60_000);
    expect(await run(w)).toMatchObject({ due: 1, sent: 1 });
    expect([...deliveries(w.sns).values()]).toEqual([1, 1, 1]);
  });

  it('whatever fails, every alert is delivered; only a lost answer adds a delivery, under the same id', async () => {
    const publishFault = fc.constantFrom<PublishFault>('ok', 'ok', 'refuse', 'hang', 'lose-answer', 'accept-and-hang');
    const writeFault = fc.constantFrom<WriteFault>('ok', 'ok', 'ok', 'refuse', 'apply-and-lose-answer');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(publishFault, { maxLength: 12 }),
        fc.array(writeFault, { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 2 * LEASE_MS }), { minLength: 1, maxLength: 8 }),
        async (count, publishes, writes, gaps) => {
          const alerts = Array.from({ length: count }, (_, i) => reminder(`contract-${i}`));
          const w = world(alerts, [...publishes]);
          w.repo.writeScript.push(...writes);
          // Runs at whatever intervals (overlapping retries included), then hourly until nothing is due.
          for (const gap of gaps) {
            w.clock.advance(gap);
            await run(w);
          }
          let last: Awaited<ReturnType<typeof run>> = 'failed';
          for (let hour = 0; hour < 40 && (typeof last === 'string' || last.due > 0); hour += 1) {
            w.clock.advance(3_600_000);
            last = await run(w);
          }
          expect(last).toMatchObject({ due: 0 });

          const idOf = new Map(alerts.map((a) => [alertKeyOf(a), alertId(a)]));
          const expectedExtra = new Map<string, number>();
          const extra = (id: string) => expectedExtra.set(id, (expectedExtra.get(id) ?? 0) + 1);
          for (const f of w.sns.faults) if (f.fault === 'lose-answer' || f.fault === 'accept-and-hang') extra(f.alertId);
          for (const f of w.repo.faults) if (f.write === 'complete' && f.fault === 'refuse') extra(idOf.get(f.key)!);
          const delivered = deliveries(w.sns);
          for (const alert of alerts) {
            const id = alertId(alert);
            expect(delivered.get(id)).toBe(1 + (expectedExtra.get(id) ?? 0));
          }
          expect(delivered.size).toBe(alerts.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
