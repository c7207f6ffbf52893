/**
 * Unmatched inbound mail through the deployed API handler, against DynamoDB Local and the S3 emulator: the
 * tenant lists mail that named no contract (with the agreements whose parties it names), assigns one to a
 * contract, and ingest then judges it as that contract's letter. Responses are checked against docs/openapi.yaml.
 */
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpEvent, loadEvent } from '../support/events.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';
import { loadOpenApiContract } from '../support/openapi-contract.ts';

type Handler<E, R> = (event: E, context: Context) => Promise<R>;
type Json = Record<string, unknown>;

let aws: LocalAws;
let api: Handler<unknown, APIGatewayProxyStructuredResultV2>;
let ingest: Handler<unknown, Array<{ outcome: string }>>;
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const example = (file: string) => readFileSync(new URL(`../../examples/hosting-suspension/${file}`, import.meta.url), 'utf8');
const body = (response: APIGatewayProxyStructuredResultV2) => JSON.parse(String(response.body)) as Json;

beforeAll(async () => {
  aws = await startLocalAws();
  Object.assign(process.env, aws.env, { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' });
  const contract = await loadOpenApiContract();
  const handler = (await import('../../functions/api.ts')).handler as never as typeof api;
  api = async (event, lambdaContext) => {
    const response = await handler(event, lambdaContext);
    contract.assertResponse((event as { routeKey: string }).routeKey, response);
    return response;
  };
  ingest = (await import('../../functions/ingest.ts')).handler as never;
}, 120_000);
afterAll(async () => {
  await aws?.stop();
});

function call(routeKey: string, options: { path?: Record<string, string>; body?: unknown; tenant?: string } = {}) {
  const event: APIGatewayProxyEventV2WithJWTAuthorizer = httpEvent('http-get-contract', options.tenant ?? 'acme');
  event.routeKey = routeKey;
  event.pathParameters = options.path ?? {};
  event.body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return api(event, context);
}

async function ingestKey(key: string) {
  const event = loadEvent('s3-object-created');
  const record = event.Records[0]!;
  record.s3.bucket.name = aws.config.bucketName;
  record.s3.object.key = key;
  delete record.s3.object.versionId; // the emulator does not version objects
  return ingest(event, context);
}

/** The example's suspension letter as the email it was: headers with the sender's offset, the letter as body. */
const letterBody = example('letter.txt')
  .split(/\r?\n\r?\n/)
  .slice(1)
  .join('\n\n');
const email = [
  'From: Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
  'To: Tomas Lindqvist <tomas@kestrelanalytics.example>',
  'Date: Sat, 9 Jan 2021 18:07:12 -0800',
  'Subject: Notice of Suspension - Account KA-20417',
  'Message-ID: <n-1@stratoshelf.example>',
  '',
  letterBody,
].join('\r\n');

describe('unmatched inbound mail through the API', () => {
  it('lists the mail with the agreement whose parties it names; assigning it makes it a letter that ingest judges', async () => {
    await aws.upload('tenants/acme/contracts/hosting-2020/agreement/a-1/agreement.txt', example('agreement.txt'));
    expect(await ingestKey('tenants/acme/contracts/hosting-2020/agreement/a-1/agreement.txt')).toEqual([
      { outcome: 'processed', documentId: 'a-1' },
    ]);
    await aws.upload('tenants/acme/unmatched/mail-1/notice.eml', email, 'message/rfc822');

    const listed = await call('GET /mail/unmatched');
    expect(listed.statusCode).toBe(200);
    expect(body(listed).items).toEqual([
      expect.objectContaining({
        messageId: 'mail-1',
        subject: 'Notice of Suspension - Account KA-20417',
        candidates: [expect.objectContaining({ contractId: 'hosting-2020' })],
      }),
    ]);
    // Another tenant sees none of it.
    expect(body(await call('GET /mail/unmatched', { tenant: 'globex' })).items).toEqual([]);

    const assigned = await call('POST /mail/unmatched/{messageId}/assign', {
      path: { messageId: 'mail-1' },
      body: { contractId: 'hosting-2020' },
    });
    expect(assigned.statusCode).toBe(202);
    expect(body(assigned)).toEqual({ contractId: 'hosting-2020', documentId: 'mail-1' });
    expect(body(await call('GET /mail/unmatched')).items).toEqual([]);

    // The copy's object-created event: ingest judges it by the email's Date header.
    expect(await ingestKey('tenants/acme/contracts/hosting-2020/letter/mail-1/notice.eml')).toEqual([
      { outcome: 'processed', documentId: 'mail-1' },
    ]);
    const verdicts = body(await call('GET /contracts/{contractId}/verdicts', { path: { contractId: 'hosting-2020' } }));
    expect(verdicts.items).toEqual([expect.objectContaining({ letterDocumentId: 'mail-1', action: 'suspension' })]);
    const [verdict] = verdicts.items as Array<{ noticeGivenAt: string }>;
    // The Date header's instant, its seconds rounded up to the minute (notice is never counted as given earlier).
    expect(new Date(verdict!.noticeGivenAt).toISOString()).toBe('2021-01-10T02:08:00.000Z');
  });

  it('lists a forwarded notice by the original message, with who forwarded it', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/email/${name}`, import.meta.url));
    await aws.upload('tenants/initech/contracts/hosting/agreement/a-1/agreement.txt', example('agreement.txt'));
    await ingestKey('tenants/initech/contracts/hosting/agreement/a-1/agreement.txt');
    await aws.upload('tenants/initech/unmatched/mail-a/notice.eml', fixture('gmail-forwarded-suspension.eml'), 'message/rfc822');
    await aws.upload(
      'tenants/initech/unmatched/mail-b/notice.eml',
      fixture('thunderbird-forward-as-attachment-breach-notice.eml'),
      'message/rfc822',
    );

    const listed = await call('GET /mail/unmatched', { tenant: 'initech' });
    expect(listed.statusCode).toBe(200);
    expect(body(listed).items).toEqual([
      expect.objectContaining({
        messageId: 'mail-a',
        from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
        date: null,
        forwarded: {
          by: 'Tomas Lindqvist <tomas@kestrelanalytics.example>',
          at: '2021-01-11T09:31:40+01:00',
          printedDate: 'Sat, Jan 9, 2021 at 6:07 PM',
        },
        candidates: [expect.objectContaining({ contractId: 'hosting' })],
      }),
      expect.objectContaining({
        messageId: 'mail-b',
        from: 'Harbor & Pine Legal <legal@harborpine.example>',
        date: '2024-03-04T16:20:03-08:00',
        forwarded: { by: 'Lucia Alvarez <lalvarez@cedarvalleyclinics.example>', at: '2024-03-06T08:12:55-05:00' },
        candidates: [],
      }),
    ]);
  });

  it('answers 404 for a message or a contract that is not the tenant’s, and 400 for a bad body', async () => {
    await aws.upload('tenants/acme/unmatched/mail-2/notice.eml', email, 'message/rfc822');
    const assign = (tenant: string, messageId: string, requestBody: unknown) =>
      call('POST /mail/unmatched/{messageId}/assign', { tenant, path: { messageId }, body: requestBody });
    expect((await assign('globex', 'mail-2', { contractId: 'hosting-2020' })).statusCode).toBe(404);
    expect((await assign('acme', 'mail-2', { contractId: 'no-such-contract' })).statusCode).toBe(404);
    expect((await assign('acme', 'mail-2', { contract: 'hosting-2020' })).statusCode).toBe(400);
    expect((await assign('acme', 'mail-2', { contractId: '../x' })).statusCode).toBe(400);
    // Nothing was moved by the refusals.
    expect(body(await call('GET /mail/unmatched')).items).toEqual([expect.objectContaining({ messageId: 'mail-2' })]);
  });
});
