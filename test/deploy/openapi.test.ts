/**
 * docs/openapi.yaml is a valid OpenAPI document, the response check the handler tests use can fail, and
 * the document, serverless.yml's httpApi events and the API router declare the same routes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { loadOpenApiContract } from '../support/openapi-contract.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
type Json = Record<string, unknown>;

function serverlessRoutes(): string[] {
  const config = parse(read('serverless.yml'), {
    logLevel: 'silent',
    customTags: [cfTag('Ref'), cfTag('GetAtt'), cfTag('Sub'), cfTag('Join', 'seq')],
  }) as { functions: Record<string, { events?: Json[] }> };
  return Object.values(config.functions)
    .flatMap((fn) => fn.events ?? [])
    .filter((event) => event.httpApi)
    .map((event) => {
      const route = event.httpApi as { method: string; path: string };
      return `${route.method.toUpperCase()} ${route.path}`;
    })
    .sort();
}

function cfTag(name: string, collection?: 'seq') {
  return { tag: `!${name}`, ...(collection ? { collection } : {}), resolve: (value: unknown) => ({ [name]: value }) } as never;
}

function openApiRoutes(): string[] {
  const doc = parse(read('docs/openapi.yaml')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
        .map((m) => `${m.toUpperCase()} ${path}`),
    )
    .sort();
}

describe('the API’s routes', () => {
  it('docs/openapi.yaml documents exactly the routes serverless.yml deploys', () => {
    expect(openApiRoutes()).toEqual(serverlessRoutes());
    expect(serverlessRoutes()).toHaveLength(17);
  });

  it('the router handles exactly the deployed route keys', async () => {
    vi.stubEnv('TABLE_NAME', 't');
    vi.stubEnv('BUCKET_NAME', 'b');
    vi.stubEnv('TOPIC_ARN', 'arn:aws:sns:us-east-1:000000000000:t');
    const { routes } = await import('../../functions/api.ts');
    expect(Object.keys(routes).sort()).toEqual(serverlessRoutes());
    vi.unstubAllEnvs();
  });

  it('every operation answers 401 and every path parameter is declared', () => {
    const doc = parse(read('docs/openapi.yaml')) as {
      paths: Record<string, Record<string, { responses: Json; parameters?: Json[]; security?: unknown[] }>>;
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const operation of Object.values(item)) {
        // `security: []` marks the one route without a token (the secret calendar feed URL).
        if (operation.security?.length !== 0) expect(operation.responses).toHaveProperty('401');
        const declared = JSON.stringify(operation.parameters ?? []);
        for (const [, name] of path.matchAll(/\{(\w+)\}/g))
          expect(declared).toContain(name === 'contractId' ? 'parameters/contractId' : name);
      }
    }
  });
});

describe('docs/openapi.yaml', () => {
  it('is a valid OpenAPI 3 document (swagger-parser: schema and references)', async () => {
    await expect(SwaggerParser.validate(fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url)))).resolves.toHaveProperty(
      'paths',
    );
  });

  it('every upload request declares its size', () => {
    const doc = parse(read('docs/openapi.yaml')) as { components: { schemas: { UploadRequest: { required: string[] } } } };
    expect(doc.components.schemas.UploadRequest.required).toContain('contentLength');
  });
});

describe('the response contract check', () => {
  const json = (statusCode: number, body: unknown) => ({
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const ticket = { documentId: 'd1', uploadUrl: 'https://example.com/u', expiresAt: '2026-01-01T00:00:00.000Z' };

  it('accepts a response that matches its operation', async () => {
    const contract = await loadOpenApiContract();
    expect(() => contract.assertResponse('POST /contracts/{contractId}/documents', json(201, ticket))).not.toThrow();
  });

  it('rejects a missing required field, a wrong format, an undocumented status and a wrong media type', async () => {
    const contract = await loadOpenApiContract();
    const route = 'POST /contracts/{contractId}/documents';
    expect(() => contract.assertResponse(route, json(201, { ...ticket, documentId: undefined }))).toThrow(/documentId/);
    expect(() => contract.assertResponse(route, json(201, { ...ticket, expiresAt: 'tomorrow' }))).toThrow(/date-time/);
    expect(() => contract.assertResponse(route, json(418, ticket))).toThrow(/not documented/);
    expect(() => contract.assertResponse('GET /deadlines.ics', json(200, {}))).toThrow(/Content-Type/);
  });

  it('accepts a null next deadline and rejects a malformed one', async () => {
    const contract = await loadOpenApiContract();
    const page = (nextDeadline: unknown) =>
      json(200, { items: [{ contractId: 'c', createdAt: ticket.expiresAt, updatedAt: ticket.expiresAt, nextDeadline }], cursor: null });
    expect(() => contract.assertResponse('GET /contracts', page(null))).not.toThrow();
    expect(() => contract.assertResponse('GET /contracts', page({ kind: 'term-end' }))).toThrow(/nextDeadline/);
  });
});
