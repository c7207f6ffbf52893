/**
 * The HTTP API, locally: an HTTP server that does what API Gateway does in front of the deployed handlers —
 * route matching, the JWT authorizer (401 without a valid token), the payload-2.0 event, the 10 MB request
 * limit — and then invokes the same handler module Lambda would run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { toApiGatewayEvent } from './api-gateway-event.ts';
import { writeGatewayMessage, writeLambdaResult } from './http-response.ts';
import type { LocalFunction } from './lambda-runtime.ts';
import { routeTable, type RouteSpec } from './route-table.ts';
import type { HttpApiRoute } from './serverless-functions.ts';

/** API Gateway's payload limit for HTTP APIs. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export interface ApiRoute {
  route: HttpApiRoute;
  fn: LocalFunction;
}

/** A route of the local stack itself (not deployed), e.g. running the alert job on demand. Always authorized. */
export interface LocalRoute {
  method: string;
  path: string;
  handle(body: unknown, claims: JWTPayload): Promise<{ status: number; body: unknown }>;
}

export interface HttpApiOptions {
  port: number;
  host?: string;
  routes: ApiRoute[];
  localRoutes?: LocalRoute[];
  verifyToken(token: string): Promise<JWTPayload>;
  /** Asked first about requests no route matches (the web app's files); true when it answered. */
  fallback?(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  onError?(error: unknown, context: string): void;
}

export interface HttpApi {
  url: string;
  port: number;
  stop(): Promise<void>;
}

type Target = { kind: 'lambda'; api: ApiRoute } | { kind: 'local'; local: LocalRoute };

/**
 * @example
 * const api = await startHttpApi({ port: 0, routes, verifyToken: identity.verify });
 * await fetch(`${api.url}/contracts`, { headers: { authorization: `Bearer ${token}` } });
 * await api.stop();
 */
export async function startHttpApi(options: HttpApiOptions): Promise<HttpApi> {
  const specs: RouteSpec<Target>[] = [
    ...options.routes.map((api) => ({ method: api.route.method, path: api.route.path, target: { kind: 'lambda', api } as Target })),
    ...(options.localRoutes ?? []).map((local) => ({ method: local.method, path: local.path, target: { kind: 'local', local } as Target })),
  ];
  const match = routeTable(specs);
  const onError = options.onError ?? ((error, context) => console.error(`[api] ${context}:`, error));

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      onError(error, `${request.method} ${request.url}`);
      if (!response.headersSent) writeGatewayMessage(response, 500, 'Internal Server Error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const matched = match(method, url.split('?')[0] ?? '/');
    if (!matched) {
      if (options.fallback && (await options.fallback(request, response))) return;
      return drainThen(request, () => writeGatewayMessage(response, 404, 'Not Found'));
    }

    const body = await readBody(request);
    if (body === null) return writeGatewayMessage(response, 413, 'Request Entity Too Large');

    const target = matched.target;
    const needsToken = target.kind === 'local' || target.api.route.authorized;
    const claims = needsToken ? await verifiedClaims(request) : null;
    if (needsToken && claims === null) {
      response.setHeader('www-authenticate', 'Bearer');
      return writeGatewayMessage(response, 401, 'Unauthorized');
    }
    if (target.kind === 'local') {
      const result = await target.local.handle(parseJson(body), claims ?? {});
      return writeLambdaResult(response, {
        statusCode: result.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(result.body),
      });
    }
    const scopes = target.api.route.scopes;
    if (
      scopes.length > 0 &&
      !scopes.some((scope) =>
        String(claims?.scope ?? '')
          .split(' ')
          .includes(scope),
      )
    ) {
      return writeGatewayMessage(response, 403, 'Forbidden');
    }

    const event = toApiGatewayEvent(
      { method, url, headers: request.headers, body, sourceIp: request.socket.remoteAddress ?? '127.0.0.1' },
      { routeKey: matched.routeKey, pathParameters: matched.pathParameters, claims },
    );
    let result: unknown;
    try {
      result = await target.api.fn.invoke(event);
    } catch (error) {
      // A handler that throws is a Lambda error: API Gateway answers 500 and hides the message.
      onError(error, `${target.api.fn.name} (${matched.routeKey})`);
      return writeGatewayMessage(response, 500, 'Internal Server Error');
    }
    writeLambdaResult(response, result);
  }

  async function verifiedClaims(request: IncomingMessage): Promise<JWTPayload | null> {
    const header = request.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return null;
    try {
      return await options.verifyToken(token);
    } catch {
      return null;
    }
  }

  await listen(server, options.port, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Throws the same clear message as the API would when `port` is taken. */
export async function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise((done) => probe.close(done));
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: stop what is using it or set PORT to a free port (e.g. PORT=3001 npm start)`)
          : error,
      );
    });
    server.listen(port, host, () => done());
  });
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => done(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

function drainThen(request: IncomingMessage, then: () => void): void {
  request.resume();
  request.on('end', then);
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return {};
  }
}
