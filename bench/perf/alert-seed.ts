/**
 * Seeds the table for alerts_items_read_per_due: `contracts` contracts, each with one non-renewal notice
 * deadline and the alerts the pipeline schedules for it (its own scheduleAlerts and toItem mappers, so the
 * items are exactly what ingest writes). `due` of them have an alert falling due today; every other alert
 * already past was handled by an earlier run, as in a table the job has been running on for years.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DateTime } from 'luxon';
import { scheduleAlerts, toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { ContractSummary } from '../../lib/app/records.ts';
import { alertToItem, contractToItem, deadlineToItem } from '../../lib/adapters/items.ts';
import type { Deadline } from '../../lib/domain/types.ts';
import { createRandom } from './inputs/random.ts';

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'America/Los_Angeles', 'Asia/Tokyo'];
const CLAUSE =
  'Either party may elect not to renew this Agreement by giving the other party written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.';
const BATCH = 25;
const PARALLEL = 6;

export interface SeedResult {
  items: number;
  due: number;
  contracts: number;
}

function contractSummary(tenantId: string, contractId: string, now: string, nextDeadline: Deadline): ContractSummary {
  return {
    tenantId,
    contractId,
    createdAt: now,
    updatedAt: now,
    agreementDocumentId: `agreement-${contractId}`,
    parties: [
      { name: 'Cloudline Systems, Inc.', aliases: ['Provider'] },
      { name: 'Acme Retail Group, Inc.', aliases: ['Customer'] },
    ],
    governingLaw: 'US-NY',
    term: null,
    documentCount: 1,
    letterCount: 0,
    verdicts: {},
    nextDeadline,
    revision: 1,
  };
}

/** Items for every contract; the first `due` contracts have one alert due today (in their own zone). */
export function seedItems(
  now: string,
  offsets: number[],
  contracts: number,
  due: number,
): { items: Record<string, unknown>[]; due: number } {
  const r = createRandom(4242);
  const items: Record<string, unknown>[] = [];
  const nowMs = Date.parse(now);
  const handledAt = DateTime.fromMillis(nowMs).minus({ days: 3 }).toUTC().toISO() ?? now;
  for (let i = 0; i < contracts; i += 1) {
    const tenantId = `tenant-${i % 40}`;
    const contractId = `contract-${String(i).padStart(5, '0')}`;
    const zone = r.pick(ZONES);
    const today = DateTime.fromMillis(nowMs, { zone }).startOf('day');
    // Due: the deadline is exactly one alert offset away. Not due: any other day in the next two years.
    let days = i < due ? (offsets[i % offsets.length] as number) : r.int(2, 730);
    while (i >= due && offsets.includes(days)) days += 1;
    const deadline: Deadline = {
      kind: 'non-renewal-notice',
      date: today.plus({ days }).toISODate() ?? '',
      at: null,
      zone,
      section: '14.2',
      text: CLAUSE,
    };
    const record = toDeadlineRecord(deadline, { tenantId, contractId, sourceDocumentId: `agreement-${contractId}` }, now);
    const alerts = scheduleAlerts(record, offsets, now).map((alert) =>
      i >= due && Date.parse(alert.dueAt) <= nowMs ? { ...alert, handledAt } : alert,
    );
    items.push(contractToItem(contractSummary(tenantId, contractId, now, deadline)), deadlineToItem(record), ...alerts.map(alertToItem));
  }
  return { items, due: Math.min(due, contracts) };
}

/** BatchWrite in parallel streams, retrying what DynamoDB leaves unprocessed. */
export async function writeItems(client: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const chunk = items.slice(next, next + BATCH);
      next += BATCH;
      let requests: Record<string, unknown>[] | undefined = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests && requests.length > 0; attempt += 1) {
        if (attempt > 10) throw new Error('BatchWrite kept leaving items unprocessed');
        const answer = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests as never } }));
        requests = answer.UnprocessedItems?.[table] as Record<string, unknown>[] | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}
