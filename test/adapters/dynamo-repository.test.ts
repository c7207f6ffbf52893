/**
 * One test per access pattern of docs/access-patterns.md, against DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoAlertRepository } from '../../lib/adapters/dynamo-alert-repository.ts';
import { dynamoContractRepository } from '../../lib/adapters/dynamo-contract-repository.ts';
import { leaseFrom } from '../../lib/app/alert-outbox.ts';
import type { AlertRepository, ContractRepository } from '../../lib/app/ports.ts';
import type { DocumentRecord, VerdictRecord } from '../../lib/app/records.ts';
import { scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { Deadline, Verdict } from '../../lib/domain/types.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;
let contracts: ContractRepository;
let alerts: AlertRepository;
const NOW = '2026-01-10T12:00:00.000Z';

const doc = (over: Partial<DocumentRecord>): DocumentRecord => ({
  tenantId: 'acme',
  contractId: 'c1',
  documentId: 'd1',
  kind: 'letter',
  fileName: 'n.txt',
  contentType: 'text/plain',
  status: 'PROCESSED',
  errorCode: null,
  errorMessage: null,
  objectKey: 'k',
  version: 'v1',
  contentHash: 'h',
  size: 10,
  uploadedAt: NOW,
  processedAt: NOW,
  createdAt: NOW,
  ...over,
});
const deadline = (date: string, kind: Deadline['kind'] = 'term-end'): Deadline => ({
  kind,
  date,
  at: null,
  zone: 'America/New_York',
  section: '2.1',
  text: 'The initial term is one year.',
});
const record = (d: Deadline, tenantId = 'acme', contractId = 'c1') =>
  toDeadlineRecord(d, { tenantId, contractId, sourceDocumentId: 'a1' }, NOW);

beforeAll(async () => {
  aws = await startLocalAws({ emulator: false });
  contracts = dynamoContractRepository(aws.clients.dynamo, aws.config.tableName);
  alerts = dynamoAlertRepository(aws.clients.dynamo, aws.config.tableName);
});
afterAll(async () => {
  await aws?.stop();
});

describe('access patterns', () => {
  it('1. creating a contract summary never overwrites an existing one', async () => {
    await contracts.ensureContract('acme', 'c1', NOW);
    const created = (await contracts.getContract('acme', 'c1'))!;
    expect(await contracts.putContract({ ...created, letterCount: 3, revision: 1 })).toBe(true);
    await contracts.ensureContract('acme', 'c1', '2030-01-01T00:00:00Z');
    expect(await contracts.getContract('acme', 'c1')).toMatchObject({ createdAt: NOW, letterCount: 3, revision: 1 });
  });

  it('1b. a summary written over a revision someone else already replaced is refused', async () => {
    const current = (await contracts.getContract('acme', 'c1'))!;
    expect(await contracts.putContract({ ...current, letterCount: 4, revision: current.revision + 1 })).toBe(true);
    expect(await contracts.putContract({ ...current, letterCount: 5, revision: current.revision + 1 })).toBe(false);
    expect((await contracts.getContract('acme', 'c1'))!.letterCount).toBe(4);
  });

  it('2. listing a tenant’s contracts pages with an opaque cursor and sees no other tenant', async () => {
    for (const id of ['c2', 'c3', 'c4']) await contracts.ensureContract('acme', id, NOW);
    await contracts.ensureContract('globex', 'g1', NOW);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await contracts.listContracts('acme', { limit: 2, cursor });
      seen.push(...page.items.map((c) => c.contractId));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(['c1', 'c2', 'c3', 'c4']);
    await expect(contracts.listContracts('acme', { limit: 2, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('3. one query reads a contract’s documents, verdicts and deadlines', async () => {
    await contracts.putDocument(doc({}));
    const verdict: VerdictRecord = {
      tenantId: 'acme',
      contractId: 'c1',
      letterDocumentId: 'd1',
      agreementDocumentId: 'a1',
      agreementHash: 'h',
      computedAt: NOW,
      verdict: { status: 'COMPLIANT' } as Verdict,
    };
    await contracts.putVerdict(verdict);
    await contracts.replaceDeadlines('acme', 'c1', [record(deadline('2026-12-31'))], []);
    expect((await contracts.getContractItems('acme', 'c1')).deadlines).toHaveLength(1);
    const items = await contracts.getContractItems('acme', 'c1');
    expect(items.documents.map((d) => d.documentId)).toEqual(['d1']);
    expect(items.verdicts).toEqual([verdict]);
    expect(items.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('4. a document record round-trips with its analysis', async () => {
    const withLetter = doc({ documentId: 'd2', letter: { senderText: 'Provider', problems: [] } as never });
    await contracts.putDocument(withLetter);
    expect(await contracts.getDocument('acme', 'c1', 'd2')).toEqual(withLetter);
    expect(await contracts.getDocument('globex', 'c1', 'd2')).toBeNull();
  });

  it('5. an object version is claimed once; a finished claim reads as done; a released one can be reclaimed', async () => {
    const claims = await Promise.all([1, 2, 3].map(() => contracts.claimIngest('acme', 'c1', 'd9', 'v1', NOW, 120)));
    expect(claims.filter((c) => c === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c === 'busy')).toHaveLength(2);
    // After the lease expires (a crashed invocation), a retry may claim it.
    expect(await contracts.claimIngest('acme', 'c1', 'd9', 'v1', '2026-01-10T12:03:00.000Z', 120)).toBe('claimed');
    await contracts.completeIngest('acme', 'c1', 'd9', 'v1', NOW);
    expect(await contracts.claimIngest('acme', 'c1', 'd9', 'v1', '2027-01-01T00:00:00.000Z', 120)).toBe('done');
    expect(await contracts.claimIngest('acme', 'c1', 'd9', 'v2', NOW, 120)).toBe('claimed');
    await contracts.releaseIngest('acme', 'c1', 'd9', 'v2');
    expect(await contracts.claimIngest('acme', 'c1', 'd9', 'v2', NOW, 120)).toBe('claimed');
  });

  it('5b. a claim handed off to an OCR job is free to claim again and not counted as an attempt', async () => {
    expect(await contracts.claimIngest('acme', 'c1', 'd8', 'v1', NOW, 120)).toBe('claimed');
    await contracts.handOffIngest('acme', 'c1', 'd8', 'v1');
    // The resume claims at once (no lease to wait out), as the first of its attempts.
    expect(await contracts.claimIngest('acme', 'c1', 'd8', 'v1', NOW, 120)).toBe('claimed');
    expect(await contracts.releaseIngest('acme', 'c1', 'd8', 'v1')).toBe(1);
    // A hand-off of a claim no longer held (its lease lapsed and another took it) changes nothing.
    expect(await contracts.claimIngest('acme', 'c1', 'd8', 'v1', NOW, 120)).toBe('claimed');
    await contracts.completeIngest('acme', 'c1', 'd8', 'v1', NOW);
    await contracts.handOffIngest('acme', 'c1', 'd8', 'v1');
    expect(await contracts.claimIngest('acme', 'c1', 'd8', 'v1', NOW, 120)).toBe('done');
  });

  it('6. a contract’s verdicts are read with its partition only', async () => {
    expect((await contracts.getContractItems('globex', 'c1')).verdicts).toEqual([]);
  });

  it('7. replacing deadlines deletes stale ones and their unsent alerts, and never resets a sent alert', async () => {
    const keep = record(deadline('2026-06-30'), 'acme', 'c5');
    const drop = record(deadline('2026-09-30', 'non-renewal-notice'), 'acme', 'c5');
    const offsets = [30, 7, 0];
    await contracts.replaceDeadlines(
      'acme',
      'c5',
      [keep, drop],
      [...scheduleAlerts(keep, offsets, NOW), ...scheduleAlerts(drop, offsets, NOW)],
    );
    const due = await alerts.dueAlerts('2026-05-31T12:00:00.000Z', 1);
    const sent = due.alerts.find((a) => a.deadlineId === keep.deadlineId && a.offset === 30)!;
    expect(await alerts.claimAlert(sent, leaseFrom(new Date('2026-05-31T12:00:00.000Z'), 'run-1'))).toBe(true);
    await alerts.completeAlert(sent, { state: 'sent', at: '2026-05-31T12:00:00.000Z', messageId: 'm-1' });

    await contracts.replaceDeadlines('acme', 'c5', [keep], scheduleAlerts(keep, offsets, NOW));
    const items = await contracts.getContractItems('acme', 'c5');
    expect(items.deadlines.map((d) => d.deadlineId)).toEqual([keep.deadlineId]);
    const scan = await aws.clients.dynamo.send(new ScanCommand({ TableName: aws.config.tableName }));
    const alertItems = (scan.Items ?? []).filter((i) => i.pk === 'TENANT#acme#CONTRACT#c5' && String(i.sk).startsWith('ALERT#'));
    expect(alertItems.every((i) => i.deadlineId === keep.deadlineId)).toBe(true);
    expect(alertItems.find((i) => i.offset === 30)).toMatchObject({ handledAt: '2026-05-31T12:00:00.000Z', state: 'sent' });
    expect(alertItems.find((i) => i.offset === 30)).not.toHaveProperty('gsi1pk');
  });

  it('8. a tenant’s deadlines between two dates come from the tenant’s own index partition', async () => {
    await contracts.replaceDeadlines('globex', 'g1', [record(deadline('2026-06-30'), 'globex', 'g1')], []);
    const inWindow = await contracts.listTenantDeadlines('acme', '2026-06-01', '2026-06-30');
    expect(inWindow.map((d) => [d.contractId, d.date])).toEqual([['c5', '2026-06-30']]);
    expect(await contracts.listTenantDeadlines('acme', '2026-07-01', '2026-08-31')).toEqual([]);
  });

  it('9. the alert job reads only alerts due, from the due-date index', async () => {
    const { alerts: due, itemsRead } = await alerts.dueAlerts('2026-06-23T12:00:00.000Z', 2);
    // 7 days before 2026-06-30 in New York: 2026-06-23T04:00Z
    expect(due.map((a) => [a.contractId, a.offset])).toEqual([['c5', 7]]);
    expect(itemsRead).toBe(1);
  });

  it('10. an alert is claimed by exactly one of several concurrent callers, released only by its holder, reclaimed once its lease lapses', async () => {
    const [alert] = (await alerts.dueAlerts('2026-06-23T12:00:00.000Z', 2)).alerts;
    const at = new Date('2026-06-23T12:00:00.000Z');
    const wins = await Promise.all(['a', 'b', 'c', 'd'].map((run) => alerts.claimAlert(alert!, leaseFrom(at, run))));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c', 'd'][wins.indexOf(true)]!;
    // Claimed, it stays in the due index (so a run that dies holding it leaves it for the next run) …
    const [claimed] = (await alerts.dueAlerts('2026-06-23T12:00:00.000Z', 2)).alerts;
    expect(claimed).toMatchObject({ state: 'claimed', attempts: 1, lease: { token: holder } });
    // … but cannot be claimed again while the lease holds, nor released by anyone else.
    expect(await alerts.claimAlert(alert!, leaseFrom(new Date(at.getTime() + 60_000), 'e'))).toBe(false);
    await alerts.releaseAlert(alert!, leaseFrom(at, 'not-the-holder'));
    expect(await alerts.claimAlert(alert!, leaseFrom(new Date(at.getTime() + 60_000), 'e'))).toBe(false);
    await alerts.releaseAlert(alert!, leaseFrom(at, holder));
    expect(await alerts.claimAlert(alert!, leaseFrom(new Date(at.getTime() + 60_000), 'e'))).toBe(true);

    // A lapsed lease can be claimed again; a sent alert leaves the due index for good.
    const lapsed = new Date(at.getTime() + 60_000 + 181_000);
    expect(await alerts.claimAlert(alert!, leaseFrom(lapsed, 'f'))).toBe(true);
    expect((await alerts.dueAlerts('2026-06-23T12:00:00.000Z', 2)).alerts[0]).toMatchObject({ attempts: 3, lease: { token: 'f' } });
    await alerts.completeAlert(alert!, { state: 'sent', at: lapsed.toISOString(), messageId: 'm-2' });
    expect((await alerts.dueAlerts('2026-06-23T12:00:00.000Z', 2)).alerts).toEqual([]);
    expect(await alerts.claimAlert(alert!, leaseFrom(new Date(lapsed.getTime() + 3_600_000), 'g'))).toBe(false);
  });

  it('11. marking a deadline passed changes its status; a deadline recomputed away is left alone', async () => {
    const [d] = (await contracts.getContractItems('acme', 'c5')).deadlines;
    await alerts.markDeadlinePassed('acme', 'c5', d!.deadlineId);
    await alerts.markDeadlinePassed('acme', 'c5', 'no-such-deadline');
    expect((await contracts.getContractItems('acme', 'c5')).deadlines[0]?.status).toBe('PASSED');
    const scan = await aws.clients.dynamo.send(new ScanCommand({ TableName: aws.config.tableName }));
    expect((scan.Items ?? []).some((i) => String(i.sk).includes('no-such-deadline'))).toBe(false);
  });
});
