/**
 * The alert job against DynamoDB Local and the emulator's SNS, counting what a subscribed SQS queue
 * receives: overlapping runs and reruns publish each alert once; only due alerts are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertDeps, apiDeps } from '../../lib/adapters/deps.ts';
import { getContract } from '../../lib/app/contract-queries.ts';
import { scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import { runAlerts } from '../../lib/app/run-alerts.ts';
import type { Deadline } from '../../lib/domain/types.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;

const CLAUSE =
  'Either party may elect not to renew by giving written notice at least sixty (60) days before the end of the then-current term.';
const deadlines: Deadline[] = [
  { kind: 'non-renewal-notice', date: '2026-03-02', at: null, zone: 'America/Los_Angeles', section: '2.2', text: CLAUSE },
  { kind: 'term-end', date: '2026-05-01', at: null, zone: 'America/Los_Angeles', section: '2.1' },
  { kind: 'cure-period-end', date: '2026-02-20', at: null, zone: 'Europe/Berlin', section: '9.3' },
];

async function seed(tenantId: string, contractId: string, recordedAt: string): Promise<void> {
  const deps = apiDeps(aws.config);
  await deps.contracts.ensureContract(tenantId, contractId, recordedAt);
  const records = deadlines.map((d) => toDeadlineRecord(d, { tenantId, contractId, sourceDocumentId: 'agreement-1' }, recordedAt));
  await deps.contracts.replaceDeadlines(
    tenantId,
    contractId,
    records,
    records.flatMap((r) => scheduleAlerts(r, aws.config.alertOffsets, recordedAt)),
  );
}

beforeAll(async () => {
  aws = await startLocalAws();
  await seed('acme', 'hosting', '2026-01-01T00:00:00Z');
  await seed('globex', 'supply', '2026-01-01T00:00:00Z');
});
afterAll(async () => {
  await aws?.stop();
});

describe('runAlerts', () => {
  it('two alert jobs at once publish one message per due alert', async () => {
    // The cure period's 30-day alert fell due on 2026-01-21 (Berlin) and is sent by a run that day.
    const deps = alertDeps(aws.config);
    const cureRuns = await Promise.all([
      runAlerts(deps, { now: new Date('2026-01-21T12:00:00Z') }),
      runAlerts(deps, { now: new Date('2026-01-21T12:00:00Z') }),
    ]);
    expect(cureRuns[0].sent + cureRuns[1].sent).toBe(2); // one per tenant
    // 2026-01-31 09:00 UTC: the 30-day alert of the 2026-03-02 notice deadline (LA midnight = 08:00 UTC) is due.
    const now = new Date('2026-01-31T09:00:00Z');
    const [first, second] = await Promise.all([runAlerts(deps, { now }), runAlerts(deps, { now })]);
    expect(first.sent + second.sent).toBe(2);
    const messages = aws.publishedAlerts().map((m) => JSON.parse(m.Message) as Record<string, unknown>);
    expect(messages).toHaveLength(4);
    const acme = messages.filter((m) => m.tenantId === 'acme').sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(acme).toMatchObject([
      { contractId: 'hosting', kind: 'cure-period-end', date: '2026-02-20', section: '9.3', daysBefore: 30 },
      { contractId: 'hosting', kind: 'non-renewal-notice', date: '2026-03-02', section: '2.2', daysBefore: 30, clause: CLAUSE },
    ]);
  });

  it('a rerun sends nothing again, and reads no alert already sent', async () => {
    const report = await runAlerts(alertDeps(aws.config), { now: new Date('2026-01-31T10:00:00Z') });
    expect(report).toMatchObject({ due: 0, sent: 0, itemsRead: 0 });
    expect(aws.publishedAlerts()).toHaveLength(4);
  });

  it('an alert falls due at local midnight in the deadline’s own zone', async () => {
    const deps = alertDeps(aws.config);
    // 14 days before 2026-03-02 is 2026-02-16; Los Angeles midnight is 08:00 UTC.
    expect((await runAlerts(deps, { now: new Date('2026-02-16T07:59:00Z') })).sent).toBe(0);
    const report = await runAlerts(deps, { now: new Date('2026-02-16T08:00:00Z') });
    // The notice deadline's 14-day alerts; the cure period's 14- and 7-day alerts (2026-02-06, 2026-02-13)
    // are older than the look-back window: a job that was down that long does not send stale reminders.
    expect(report.sent).toBe(2);
    expect(report.itemsRead).toBe(report.due);
  });

  it('marks a deadline passed once its last day is over, without publishing', async () => {
    const before = aws.publishedAlerts().length;
    const report = await runAlerts(alertDeps(aws.config), { now: new Date('2026-02-21T00:30:00Z') }); // Berlin 01:30 on the 21st
    expect(report.passed).toBe(2);
    expect(report.sent).toBe(0); // the cure period's on-the-day alert is claimed but, its day being over, not sent
    expect(aws.publishedAlerts().length - before).toBe(report.sent);
    const contract = await getContract(apiDeps(aws.config), 'acme', 'hosting');
    expect(contract!.deadlines.find((d) => d.kind === 'cure-period-end')?.status).toBe('PASSED');
    expect(contract!.deadlines.find((d) => d.kind === 'term-end')?.status).toBe('UPCOMING');
  });
});
