/**
 * The deployed handlers, driven by the sample events in events/ (one field changed per test), against
 * DynamoDB Local and the S3/SNS emulator: upload through the API's presigned URL, ingest from the S3 event,
 * read the verdict back, and every refusal the edge must make. Every API response is also checked against
 * the operation's response schema in docs/openapi.yaml.
 */
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLetter } from '../../lib/app/check-letter.ts';
import { extractText } from '../../lib/text/extract-text.ts';
import { httpEvent, loadEvent } from '../support/events.ts';
import { loadOpenApiContract } from '../support/openapi-contract.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

type Handler<E, R> = (event: E, context: Context) => Promise<R>;
let aws: LocalAws;
let api: Handler<unknown, APIGatewayProxyStructuredResultV2>;
let ingest: Handler<unknown, Array<{ outcome: string }>>;
let alerts: Handler<unknown, { sent: number; due: number }>;

const context = {
  functionName: 'test',
  awsRequestId: 'req-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:test',
  memoryLimitInMB: '512',
  functionVersion: '$LATEST',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;
const example = (file: string) => readFileSync(new URL(`../../examples/hosting-suspension/${file}`, import.meta.url), 'utf8');
const body = (response: APIGatewayProxyStructuredResultV2) => JSON.parse(String(response.body)) as Record<string, unknown>;

beforeAll(async () => {
  aws = await startLocalAws();
  Object.assign(process.env, aws.env, { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' });
  const contract = await loadOpenApiContract();
  const handler = (await import('../../functions/api.ts')).handler as unknown as typeof api;
  api = async (event, lambdaContext) => {
    const response = await handler(event, lambdaContext);
    contract.assertResponse((event as { routeKey: string }).routeKey, response);
    return response;
  };
  ingest = (await import('../../functions/ingest.ts')).handler as never;
  alerts = (await import('../../functions/alerts.ts')).handler as never;
});
afterAll(async () => {
  await aws?.stop();
});

/** What S3 would send for an object the API's upload URL stored. */
function s3EventFor(key: string) {
  const event = loadEvent('s3-object-created');
  const record = event.Records[0]!;
  record.s3.bucket.name = aws.config.bucketName;
  record.s3.object.key = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  delete record.s3.object.versionId; // the emulator does not version objects
  return event;
}

async function uploadThroughApi(contractId: string, kind: 'agreement' | 'letter', fileName: string, text: string) {
  const event = httpEvent('http-post-document', 'acme');
  event.pathParameters = { contractId };
  event.body = JSON.stringify({ kind, fileName, contentType: 'text/plain', contentLength: Buffer.byteLength(text) });
  const response = await api(event, context);
  expect(response.statusCode).toBe(201);
  const ticket = body(response) as { documentId: string; uploadUrl: string; expiresAt: string };
  const put = await fetch(ticket.uploadUrl, { method: 'PUT', body: text, headers: { 'content-type': 'text/plain' } });
  expect(put.status).toBe(200);
  const key = `tenants/acme/contracts/${contractId}/${kind}/${ticket.documentId}/${fileName}`;
  const outcomes = await ingest(s3EventFor(key), context);
  return { ticket, outcomes };
}

describe('the motivating example through the API', () => {
  it('uploading the agreement and the letter through upload URLs yields the CLI’s verdict', async () => {
    const letter = await uploadThroughApi('hosting-2020', 'letter', 'Suspension notice.txt', example('letter.txt'));
    expect(letter.outcomes).toEqual([{ outcome: 'processed', documentId: letter.ticket.documentId }]);
    await uploadThroughApi('hosting-2020', 'agreement', 'Hosting agreement.txt', example('agreement.txt'));

    const response = await api(httpEvent('http-get-verdicts', 'acme'), context);
    expect(response.statusCode).toBe(200);
    const items = body(response).items as Array<Record<string, unknown>>;
    const cli = checkLetter(
      await extractText(new TextEncoder().encode(example('agreement.txt')), { fileName: 'agreement.txt' }),
      await extractText(new TextEncoder().encode(example('letter.txt')), { fileName: 'letter.txt' }),
      { defaultZone: 'UTC' },
    ).verdict;
    expect(items).toHaveLength(1);
    const { letterDocumentId, computedAt, ...verdict } = items[0]!;
    expect(letterDocumentId).toBe(letter.ticket.documentId);
    expect(typeof computedAt).toBe('string');
    expect(verdict).toEqual(JSON.parse(JSON.stringify(cli)));
  });

  it('GET /contracts/{id} shows the agreement, its provisions, deadlines and documents', async () => {
    const response = await api(httpEvent('http-get-contract', 'acme'), context);
    expect(response.statusCode).toBe(200);
    const contract = body(response) as { agreement: { provisions: unknown[] }; documents: Array<{ status: string }> };
    expect(contract.agreement.provisions.length).toBeGreaterThan(0);
    expect(contract.documents.map((d) => d.status)).toEqual(['PROCESSED', 'PROCESSED']);
  });

  it('GET /contracts/{id}/documents/{documentId}/text gives the text each provision’s offsets point into', async () => {
    const contract = body(await api(httpEvent('http-get-contract', 'acme'), context)) as {
      agreement: { provisions: Array<{ text: string; start: number; end: number }> };
      documents: Array<{ documentId: string; kind: string }>;
    };
    const agreementDoc = contract.documents.find((d) => d.kind === 'agreement');
    const event = httpEvent('http-get-contract', 'acme');
    event.routeKey = 'GET /contracts/{contractId}/documents/{documentId}/text';
    event.pathParameters = { contractId: 'hosting-2020', documentId: agreementDoc?.documentId ?? '' };
    const response = await api(event, context);
    expect(response.statusCode).toBe(200);
    const { text, pageStarts } = body(response) as { text: string; pageStarts: number[] };
    expect(pageStarts[0]).toBe(0);
    for (const provision of contract.agreement.provisions) expect(text.slice(provision.start, provision.end)).toBe(provision.text);

    const foreign = await api({ ...event, requestContext: httpEvent('http-get-contract', 'globex').requestContext }, context);
    expect(foreign.statusCode).toBe(404);
  });

  it('GET /contracts lists the tenant’s contracts with a cursor', async () => {
    const event = httpEvent('http-get-contracts', 'acme');
    event.queryStringParameters = { limit: '1' };
    const response = await api(event, context);
    expect(response.statusCode).toBe(200);
    expect(body(response)).toMatchObject({ items: [{ contractId: 'hosting-2020' }] });
  });

  it('GET /deadlines.ics is an iCalendar feed', async () => {
    const event = httpEvent('http-get-deadlines-ics', 'acme');
    event.queryStringParameters = { from: '2020-01-01', to: '2022-12-31' };
    const response = await api(event, context);
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['Content-Type']).toMatch(/^text\/calendar/);
    expect(String(response.body)).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('GET /deadlines answers the window it used', async () => {
    const response = await api(httpEvent('http-get-deadlines', 'acme'), context);
    expect(response.statusCode).toBe(200);
    expect(body(response)).toMatchObject({ from: '2026-01-01', to: '2026-12-31', items: expect.any(Array) });
  });
});

describe('an emailed notice uploaded through the API', () => {
  it('POST accepts an .eml as message/rfc822, and the letter is judged by its Date header', async () => {
    const email = new Uint8Array(readFileSync(new URL('../fixtures/email/gmail-suspension.eml', import.meta.url)));
    const event = httpEvent('http-post-document', 'inbox');
    event.pathParameters = { contractId: 'hosting-mail' };
    event.body = JSON.stringify({ kind: 'letter', fileName: 'notice.eml', contentType: 'message/rfc822', contentLength: email.byteLength });
    const response = await api(event, context);
    expect(response.statusCode).toBe(201);
    const ticket = body(response) as { documentId: string; uploadUrl: string };
    const put = await fetch(ticket.uploadUrl, { method: 'PUT', body: email, headers: { 'content-type': 'message/rfc822' } });
    expect(put.status).toBe(200);
    await aws.upload('tenants/inbox/contracts/hosting-mail/agreement/a1/agreement.txt', example('agreement.txt'));
    await ingest(s3EventFor('tenants/inbox/contracts/hosting-mail/agreement/a1/agreement.txt'), context);
    const outcomes = await ingest(s3EventFor(`tenants/inbox/contracts/hosting-mail/letter/${ticket.documentId}/notice.eml`), context);
    expect(outcomes).toEqual([{ outcome: 'processed', documentId: ticket.documentId }]);

    const verdicts = httpEvent('http-get-verdicts', 'inbox');
    verdicts.pathParameters = { contractId: 'hosting-mail' };
    const items = body(await api(verdicts, context)).items as Array<{ noticeGivenAt: string; deliveryMethod: string }>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ noticeGivenAt: '2021-01-09T18:08:00-08:00', deliveryMethod: 'email' });
  });
});

describe('refusals at the edge', () => {
  it('401 without a tenant claim', async () => {
    const response = await api(httpEvent('http-get-contracts', null), context);
    expect(response.statusCode).toBe(401);
    expect(body(response)).toEqual({ code: 'UNAUTHORIZED', message: 'A valid bearer token with a tenant is required' });
  });

  it('401 when the tenant claim is not a usable id', async () => {
    expect((await api(httpEvent('http-get-contracts', 'acme#CONTRACT#x'), context)).statusCode).toBe(401);
  });

  it('another tenant’s contract answers 404 exactly like a missing one', async () => {
    const foreign = await api(httpEvent('http-get-contract', 'globex'), context);
    const missingEvent = httpEvent('http-get-contract', 'acme');
    missingEvent.pathParameters = { contractId: 'no-such-contract' };
    const missing = await api(missingEvent, context);
    expect(foreign.statusCode).toBe(404);
    expect(foreign).toEqual(missing);
    expect((await api(httpEvent('http-get-verdicts', 'globex'), context)).statusCode).toBe(404);
  });

  it('400 with a message for an invalid body', async () => {
    const event = httpEvent('http-post-document', 'acme');
    event.body = JSON.stringify({ kind: 'invoice', fileName: 'a.pdf', contentType: 'application/pdf' });
    const response = await api(event, context);
    expect(response.statusCode).toBe(400);
    expect(body(response)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^body\.kind: /) });
  });

  it('400 for a body that is not JSON, and for a bad contract id', async () => {
    const notJson = httpEvent('http-post-document', 'acme');
    notJson.body = '{kind:';
    expect(body(await api(notJson, context))).toEqual({ code: 'INVALID_INPUT', message: 'body: is not valid JSON' });
    const badId = httpEvent('http-get-contract', 'acme');
    badId.pathParameters = { contractId: '../etc' };
    expect((await api(badId, context)).statusCode).toBe(400);
  });

  it('413 for a declared size over the limit', async () => {
    const event = httpEvent('http-post-document', 'acme');
    event.body = JSON.stringify({ kind: 'letter', fileName: 'big.pdf', contentType: 'application/pdf', contentLength: 26 * 1024 * 1024 });
    expect((await api(event, context)).statusCode).toBe(413);
  });

  it('400 for an impossible date and for a foreign cursor', async () => {
    const badDate = httpEvent('http-get-deadlines', 'acme');
    badDate.queryStringParameters = { from: '2026-02-30' };
    expect(body(await api(badDate, context))).toMatchObject({ code: 'INVALID_INPUT', message: 'query.from: is not a real date' });
    const cursor = Buffer.from(JSON.stringify({ pk: 'TENANT#acme', sk: 'CONTRACT#x' })).toString('base64url');
    const foreign = httpEvent('http-get-contracts', 'globex');
    foreign.queryStringParameters = { cursor };
    expect((await api(foreign, context)).statusCode).toBe(400);
  });

  it('an unknown route answers 404 without internals', async () => {
    const event = httpEvent('http-get-contracts', 'acme');
    event.routeKey = 'DELETE /contracts';
    const response = await api(event, context);
    expect(response.statusCode).toBe(404);
    expect(String(response.body)).not.toMatch(/at |\.ts|Error/);
  });
});

describe('ingest and alerts handlers', () => {
  it('ignores keys outside the layout instead of failing forever', async () => {
    const event = loadEvent('s3-object-created');
    event.Records[0]!.s3.object.key = 'uploads/stray.txt';
    event.Records[0]!.s3.bucket.name = aws.config.bucketName;
    await aws.upload('uploads/stray.txt', 'x');
    const outcomes = await ingest(event, context);
    expect(outcomes).toMatchObject([{ outcome: 'ignored' }]);
  });

  it('a record with a malformed key is set aside alone; the event’s other records are ingested', async () => {
    const text = 'Either party may terminate this Agreement on thirty (30) days written notice.';
    const key = 'tenants/acme/contracts/malformed-neighbour/agreement/d-1/agreement.txt';
    await aws.upload(key, text);
    const event = s3EventFor(key);
    const bad = structuredClone(event.Records[0]!);
    bad.s3.object.key = 'tenants/acme/contracts/c1/letter/d1/%E0%A4%A.txt'; // not valid percent-encoding
    event.Records.unshift(bad);
    const outcomes = await ingest(event, context);
    expect(outcomes).toMatchObject([{ outcome: 'ignored' }, { outcome: 'processed', documentId: 'd-1' }]);
  });

  it('the scheduled event runs the alert job as of the schedule’s time', async () => {
    const event = loadEvent('schedule');
    event.time = '2019-01-01T00:00:00Z';
    const report = await alerts(event, context);
    expect(report).toMatchObject({ due: 0, sent: 0 });
  });
});
