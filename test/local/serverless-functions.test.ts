import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readServerlessFunctions } from '../../lib/local/serverless-functions.ts';

const fixture = fileURLToPath(new URL('./fixtures/project/serverless.yml', import.meta.url));
const real = fileURLToPath(new URL('../../serverless.yml', import.meta.url));

describe('readServerlessFunctions', () => {
  it('reads handlers, triggers, routes and their authorizers', async () => {
    const functions = await readServerlessFunctions(fixture);
    expect(functions.map((fn) => [fn.name, fn.module, fn.exportName, fn.hasS3Event, fn.hasScheduleEvent])).toEqual([
      ['ingest', 'functions/ingest', 'handler', true, false],
      ['uploads', 'functions/uploads', 'handler', false, false],
      ['alerts', 'functions/alerts', 'handler', false, true],
    ]);
    expect(functions[1]?.httpApi).toEqual([
      { method: 'POST', path: '/contracts/{contractId}/documents', authorized: true, scopes: [] },
      { method: 'GET', path: '/ingested', authorized: true, scopes: [] },
    ]);
    expect(functions[0]?.timeoutSeconds).toBe(10);
  });

  it('resolves ${param:…} from params.default and keeps CloudFormation references unresolved', async () => {
    const [ingest] = await readServerlessFunctions(fixture);
    expect(ingest?.environment.FIXTURE_GREETING).toBe('hello');
    expect(ingest?.environment.TABLE_NAME).toEqual({ cloudFormation: '!Ref' });
    expect(ingest?.environment.UNRESOLVED).toBe('${param:something}');
  });

  it('finds in the deployed serverless.yml an S3-triggered ingest, a scheduled alert job and authorized routes but the secret feed URL', async () => {
    const functions = await readServerlessFunctions(real);
    // Uploads (tenants/) go to ingest; mail SES stores (inbound/) to the inbound-mail router.
    expect(functions.filter((fn) => fn.hasS3Event).map((fn) => [fn.name, fn.s3Prefixes])).toEqual([
      ['ingest', ['tenants/']],
      ['inboundMail', ['inbound/']],
    ]);
    expect(functions.filter((fn) => fn.hasScheduleEvent).map((fn) => fn.name)).toEqual(['alerts', 'sweep']);
    const routes = functions.flatMap((fn) => fn.httpApi);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toContain('POST /contracts/{contractId}/documents');
    // The calendar feed URL is its own credential (calendar apps send no token); every other route needs one.
    expect(routes.filter((route) => !route.authorized).map((route) => `${route.method} ${route.path}`)).toEqual(['GET /feeds/{feed}']);
  });
});
