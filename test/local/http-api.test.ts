import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApi, type HttpApi } from '../../lib/local/http-api.ts';
import { loadLocalIdentity, type LocalIdentity } from '../../lib/local/identity.ts';

describe('local HTTP API in front of a handler', () => {
  let dir: string;
  let identity: LocalIdentity;
  let api: HttpApi;
  let token: string;
  const seen: APIGatewayProxyEventV2WithJWTAuthorizer[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-api-'));
    identity = await loadLocalIdentity(join(dir, 'key.json'));
    token = await identity.issueToken({ tenant: 'demo', tenantClaim: 'tenant' });
    const echo = {
      name: 'echo',
      invoke: async (event: unknown) => {
        const typed = event as APIGatewayProxyEventV2WithJWTAuthorizer;
        seen.push(typed);
        if (typed.rawPath === '/boom') throw new Error('secret internal detail');
        if (typed.rawPath === '/plain') return { ok: true };
        return {
          statusCode: 201,
          headers: { 'Content-Type': 'application/json', 'X-Route': typed.routeKey },
          body: JSON.stringify({ params: typed.pathParameters ?? null }),
        };
      },
    };
    api = await startHttpApi({
      port: 0,
      verifyToken: identity.verify,
      onError: () => undefined,
      routes: [
        { route: { method: 'GET', path: '/contracts/{contractId}', authorized: true, scopes: [] }, fn: echo },
        { route: { method: 'GET', path: '/contracts/{contractId}/verdicts', authorized: true, scopes: [] }, fn: echo },
        { route: { method: 'POST', path: '/contracts/{contractId}/documents', authorized: true, scopes: [] }, fn: echo },
        { route: { method: 'GET', path: '/boom', authorized: true, scopes: [] }, fn: echo },
        { route: { method: 'GET', path: '/plain', authorized: false, scopes: [] }, fn: echo },
      ],
    });
  });

  afterAll(async () => {
    await api?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const get = (path: string, bearer: string | null = token) =>
    fetch(`${api.url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('answers 401 like the JWT authorizer when the token is missing, forged or from another issuer', async () => {
    const other = await loadLocalIdentity(join(dir, 'other-key.json'));
    const forged = await other.issueToken({ tenant: 'demo', tenantClaim: 'tenant' });
    for (const bearer of [null, 'not-a-jwt', forged]) {
      const response = await get('/contracts/c-1', bearer);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: 'Unauthorized' });
    }
  });

  it('passes the verified claims, path parameters and route key in a payload 2.0 event', async () => {
    const response = await get('/contracts/c-1/verdicts?x=1&x=2');
    expect(response.status).toBe(201);
    expect(response.headers.get('x-route')).toBe('GET /contracts/{contractId}/verdicts');
    expect(await response.json()).toEqual({ params: { contractId: 'c-1' } });
    const event = seen.at(-1)!;
    expect(event.version).toBe('2.0');
    expect(event.requestContext.authorizer.jwt.claims.tenant).toBe('demo');
    expect(event.requestContext.authorizer.jwt.claims.iss).toBe(identity.issuer);
    expect(event.queryStringParameters).toEqual({ x: '1,2' });
    expect(event.requestContext.http.method).toBe('GET');
  });

  it('passes a JSON body as text and the method-specific route', async () => {
    const response = await fetch(`${api.url}/contracts/c-2/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'letter' }),
    });
    expect(response.status).toBe(201);
    const event = seen.at(-1)!;
    expect(event.isBase64Encoded).toBe(false);
    expect(JSON.parse(event.body!)).toEqual({ kind: 'letter' });
  });

  it('answers 404 for an unknown route and for a method the route does not declare', async () => {
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await fetch(`${api.url}/contracts/c-1`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('hides a thrown error behind a plain 500, as API Gateway does', async () => {
    const response = await get('/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret');
  });

  it('turns a result without statusCode into 200 JSON and serves open routes without a token', async () => {
    const response = await get('/plain', null);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('refuses a taken port with a message that says what to do', async () => {
    await expect(startHttpApi({ port: api.port, routes: [], verifyToken: identity.verify })).rejects.toThrow(/already in use.*PORT/);
  });
});
