/**
 * Review before reminders and calendar feeds through the deployed API handler, against DynamoDB Local and the
 * S3 emulator: deadlines arrive proposed and schedule no reminders; confirming schedules them, correcting moves
 * them and the calendar, dismissing removes them; every decision is in the history with who and when; a new
 * version of the agreement keeps the decisions; a secret feed URL serves the tenant's calendar without a token
 * until it is revoked.
 */
import { readFileSync } from 'node:fs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoClient } from '../../lib/adapters/dynamo-client.ts';
import { keys } from '../../lib/adapters/keys.ts';
import { httpEvent, loadEvent } from '../support/events.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

type Handler<E, R> = (event: E, context: Context) => Promise<R>;
type Json = Record<string, unknown>;
interface DeadlineJson {
  deadlineId: string;
  kind: string;
  date: string;
  section: string | null;
  review: { status: string; date?: string; reason?: string; by?: string; at?: string };
}

let aws: LocalAws;
let api: Handler<unknown, APIGatewayProxyStructuredResultV2>;
let ingest: Handler<unknown, unknown>;
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const agreement = readFileSync(new URL('../../examples/hosting-suspension/agreement.txt', import.meta.url), 'utf8');
const body = (response: APIGatewayProxyStructuredResultV2) => JSON.parse(String(response.body)) as Json;

beforeAll(async () => {
  aws = await startLocalAws();
  Object.assign(process.env, aws.env, { POWERTOOLS_LOG_LEVEL: 'SILENT' });
  api = (await import('../../functions/api.ts')).handler as never;
  ingest = (await import('../../functions/ingest.ts')).handler as never;
}, 120_000);
afterAll(async () => {
  await aws?.stop();
});

function call(
  routeKey: string,
  options: {
    path?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    tenant?: string | null;
    sub?: string;
    email?: string;
  } = {},
) {
  const event: APIGatewayProxyEventV2WithJWTAuthorizer = httpEvent(
    'http-get-contract',
    options.tenant === undefined ? 'acme' : options.tenant,
  );
  event.routeKey = routeKey;
  event.pathParameters = options.path ?? {};
  event.queryStringParameters = options.query;
  event.body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const claims = event.requestContext.authorizer.jwt.claims;
  claims.sub = options.sub ?? 'user-1';
  claims.email = options.email ?? 'ana@example.com';
  return api(event, context);
}

async function ingestAgreement(contractId: string, documentId: string, text: string, tenant = 'acme') {
  const key = `tenants/${tenant}/contracts/${contractId}/agreement/${documentId}/agreement.txt`;
  await aws.upload(key, text, 'text/plain');
  const event = loadEvent('s3-object-created');
  const record = event.Records[0]!;
  record.s3.bucket.name = aws.config.bucketName;
  record.s3.object.key = key;
  delete record.s3.object.versionId;
  await ingest(event, context);
}

async function deadlinesOf(contractId: string): Promise<DeadlineJson[]> {
  const response = await call('GET /contracts/{contractId}', { path: { contractId } });
  expect(response.statusCode).toBe(200);
  return body(response).deadlines as DeadlineJson[];
}

/** The reminder offsets scheduled for one deadline, as stored. */
async function alertsOf(contractId: string, deadlineId: string): Promise<Array<{ offset: number | string; dueAt: string }>> {
  const { Items } = await dynamoClient(aws.config).send(
    new QueryCommand({
      TableName: aws.config.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.contractPartition('acme', contractId), ':prefix': `ALERT#${deadlineId}#` },
    }),
  );
  return (Items ?? []) as Array<{ offset: number | string; dueAt: string }>;
}

describe('review before reminders', () => {
  let deadlines: DeadlineJson[];

  beforeAll(async () => {
    await ingestAgreement('hosting', 'agreement-v1', agreement);
    deadlines = await deadlinesOf('hosting');
  }, 120_000);

  it('computed deadlines arrive proposed and schedule no reminders', async () => {
    expect(deadlines.length).toBeGreaterThanOrEqual(2);
    for (const d of deadlines) {
      expect(d.review.status).toBe('proposed');
      expect((await alertsOf('hosting', d.deadlineId)).map((a) => a.offset)).toEqual(['passed']);
    }
  });

  it('confirming a deadline schedules its reminders and names who confirmed it', async () => {
    const target = deadlines[0]!;
    const response = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path: { contractId: 'hosting', deadlineId: target.deadlineId },
      body: { action: 'confirm' },
    });
    expect(response.statusCode).toBe(200);
    expect(body(response)).toMatchObject({ deadlineId: target.deadlineId, review: { status: 'confirmed', by: 'ana@example.com' } });
    const offsets = (await alertsOf('hosting', target.deadlineId)).map((a) => a.offset);
    expect(offsets).toContain('passed');
    expect(offsets.filter((o) => typeof o === 'number').length).toBeGreaterThan(0);
  });

  it('correcting a deadline moves its reminders and the date the calendar and lists use', async () => {
    const target = deadlines[1]!;
    const corrected = shiftDays(target.date, -10);
    const response = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path: { contractId: 'hosting', deadlineId: target.deadlineId },
      body: { action: 'correct', date: corrected, reason: 'Amendment No. 2 moved the notice date' },
    });
    expect(response.statusCode).toBe(200);
    expect(body(response)).toMatchObject({ date: target.date, review: { status: 'corrected', date: corrected } });
    const alerts = await alertsOf('hosting', target.deadlineId);
    const sevenDays = alerts.find((a) => a.offset === 7);
    expect(sevenDays?.dueAt.slice(0, 10)).toBe(shiftDays(corrected, -7));
    const listed = await call('GET /deadlines', { query: { from: corrected, to: corrected } });
    expect((body(listed).items as DeadlineJson[]).map((d) => d.deadlineId)).toEqual([target.deadlineId]);
  });

  it('dismissing needs a reason, and then removes the reminders', async () => {
    const target = deadlines[0]!;
    const path = { contractId: 'hosting', deadlineId: target.deadlineId };
    const refused = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', { path, body: { action: 'dismiss' } });
    expect(refused.statusCode).toBe(400);
    expect(body(refused)).toMatchObject({ code: 'INVALID_INPUT' });
    const response = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path,
      body: { action: 'dismiss', reason: 'Duplicate of the renewal date' },
    });
    expect(response.statusCode).toBe(200);
    expect((await alertsOf('hosting', target.deadlineId)).map((a) => a.offset)).toEqual(['passed']);
  });

  it('an unknown deadline, another tenant and a malformed body are refused', async () => {
    const unknown = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path: { contractId: 'hosting', deadlineId: 'no-such-deadline' },
      body: { action: 'confirm' },
    });
    expect(unknown.statusCode).toBe(404);
    const foreign = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path: { contractId: 'hosting', deadlineId: deadlines[2]?.deadlineId ?? deadlines[0]!.deadlineId },
      body: { action: 'confirm' },
      tenant: 'globex',
    });
    expect(foreign.statusCode).toBe(404);
    const badDate = await call('PATCH /contracts/{contractId}/deadlines/{deadlineId}', {
      path: { contractId: 'hosting', deadlineId: deadlines[0]!.deadlineId },
      body: { action: 'correct', date: '2026-02-30', reason: 'x' },
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('the history lists every change with who and when, oldest first', async () => {
    const response = await call('GET /contracts/{contractId}/history', { path: { contractId: 'hosting' } });
    expect(response.statusCode).toBe(200);
    const items = body(response).items as Array<Json>;
    const actions = items.map((i) => i.action);
    expect(actions.filter((a) => a === 'proposed')).toHaveLength(deadlines.length);
    expect(actions.slice(-3)).toEqual(['confirm', 'correct', 'dismiss']);
    const correction = items.find((i) => i.action === 'correct')!;
    expect(correction).toMatchObject({ by: 'ana@example.com', from: deadlines[1]!.date, reason: 'Amendment No. 2 moved the notice date' });
    const times = items.map((i) => String(i.at));
    expect([...times].sort()).toEqual(times);
    expect((await call('GET /contracts/{contractId}/history', { path: { contractId: 'hosting' }, tenant: 'globex' })).statusCode).toBe(404);
  });

  it('a new version of the agreement with renumbered sections keeps each decision on the same kind and date', async () => {
    const before = await deadlinesOf('hosting');
    await ingestAgreement('hosting', 'agreement-v2', agreement.replace(/\b4\.1\b/g, '14.1'));
    const after = await deadlinesOf('hosting');
    for (const old of before) {
      const match = after.find((d) => d.kind === old.kind && d.date === old.date);
      expect(match, `${old.kind} ${old.date}`).toBeDefined();
      expect(match?.review.status).toBe(old.review.status);
      expect(match?.review.date).toBe(old.review.date);
    }
    expect(after.some((d) => d.section === '14.1')).toBe(true);
    expect(after.every((d) => d.section !== '4.1')).toBe(true);
    const oldIds = new Set(before.map((d) => d.deadlineId));
    expect(after.filter((d) => oldIds.has(d.deadlineId))).toEqual([]);
  }, 120_000);
});

describe('tenant settings', () => {
  it('auto-confirm is off by default; when on, new deadlines start confirmed by the system', async () => {
    expect(body(await call('GET /settings', { tenant: 'initech' }))).toEqual({ autoConfirmDeadlines: false });
    expect((await call('PUT /settings', { tenant: 'initech', body: { autoConfirmDeadlines: 'yes' } })).statusCode).toBe(400);
    const put = await call('PUT /settings', { tenant: 'initech', body: { autoConfirmDeadlines: true } });
    expect(body(put)).toEqual({ autoConfirmDeadlines: true });
    await ingestAgreement('auto', 'agreement-1', agreement, 'initech');
    const response = await call('GET /contracts/{contractId}', { path: { contractId: 'auto' }, tenant: 'initech' });
    const deadlines = body(response).deadlines as DeadlineJson[];
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.review).toMatchObject({ status: 'confirmed', by: 'system' });
  }, 120_000);
});

describe('calendar feeds', () => {
  const feedCall = (feed: string) => {
    const event = httpEvent('http-get-contract', null);
    event.routeKey = 'GET /feeds/{feed}';
    event.pathParameters = { feed };
    (event.requestContext as { authorizer?: unknown }).authorizer = undefined;
    return api(event, context);
  };

  it('a created feed URL serves the tenant’s calendar without a token, until it is revoked', async () => {
    const created = await call('POST /feeds');
    expect(created.statusCode).toBe(201);
    const { feedId, url } = body(created) as { feedId: string; url: string };
    const match = /^https:\/\/abc123defg\.execute-api\.us-east-1\.amazonaws\.com\/feeds\/([A-Za-z0-9_-]{43}\.ics)$/.exec(url);
    expect(match).not.toBeNull();
    const listed = body(await call('GET /feeds')).items as Json[];
    expect(listed).toEqual([{ feedId, createdAt: expect.any(String) }]);

    const calendar = await feedCall(match![1]!);
    expect(calendar.statusCode).toBe(200);
    expect(calendar.headers?.['Content-Type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(String(calendar.body))).getAllSubcomponents('vevent');
    const deadlines = await deadlinesOf('hosting');
    const shown = deadlines.filter((d) => d.review.status !== 'dismissed');
    expect(events).toHaveLength(shown.length);
    const corrected = deadlines.find((d) => d.review.status === 'corrected')!;
    const event = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${corrected.deadlineId}.`));
    expect(String(event?.getFirstPropertyValue('dtstart'))).toBe(corrected.review.date);

    expect((await call('DELETE /feeds/{feed}', { path: { feed: feedId }, sub: 'someone-else' })).statusCode).toBe(404);
    expect((await call('DELETE /feeds/{feed}', { path: { feed: feedId } })).statusCode).toBe(204);
    expect((await feedCall(match![1]!)).statusCode).toBe(404);
    expect(body(await call('GET /feeds')).items).toEqual([]);
  });

  it('a guessed or malformed token answers 404, never another tenant’s data', async () => {
    expect((await feedCall(`${'A'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await feedCall('not-a-token')).statusCode).toBe(404);
    expect((await feedCall('')).statusCode).toBe(404);
  });
});

function shiftDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
