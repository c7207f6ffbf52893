/**
 * Builds the event API Gateway (HTTP API, payload format 2.0) hands a Lambda for a request: lower-case headers
 * with repeated values joined by commas, cookies split out, repeated query values joined by commas, a
 * base64 body for binary media types, and the JWT authorizer's claims under requestContext.authorizer.jwt.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { JWTPayload } from 'jose';

export interface IncomingRequest {
  method: string;
  url: string; // path and query as received
  headers: IncomingHttpHeaders;
  body: Buffer;
  sourceIp: string;
}

export interface RouteContext {
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
  /** Verified JWT payload, or null on a route without an authorizer. */
  claims: JWTPayload | null;
}

const TEXT_MEDIA = /^(text\/|application\/(json|xml|x-www-form-urlencoded|javascript|[\w.+-]*\+(json|xml)))/i;

/**
 * @example
 * toApiGatewayEvent({ method: 'GET', url: '/contracts?limit=5', headers: { host: 'localhost:3000' }, body: Buffer.alloc(0), sourceIp: '127.0.0.1' },
 *   { routeKey: 'GET /contracts', pathParameters: undefined, claims: { tenant: 'demo' } })
 * // → { version: '2.0', routeKey: 'GET /contracts', queryStringParameters: { limit: '5' }, requestContext: { authorizer: { jwt: { claims: { tenant: 'demo' }, … } } }, … }
 */
export function toApiGatewayEvent(
  request: IncomingRequest,
  route: RouteContext,
  now = new Date(),
): APIGatewayProxyEventV2WithJWTAuthorizer {
  // Typed as the JWT-authorizer event because that is what every authorized route receives.
  const questionMark = request.url.indexOf('?');
  const rawPath = questionMark === -1 ? request.url : request.url.slice(0, questionMark);
  const rawQueryString = questionMark === -1 ? '' : request.url.slice(questionMark + 1);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'cookie') continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const cookies = request.headers.cookie
    ?.split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  const query = queryParameters(rawQueryString);
  const contentType = headers['content-type'] ?? '';
  const isBase64Encoded = request.body.length > 0 && !TEXT_MEDIA.test(contentType);
  const host = headers.host ?? 'localhost';

  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies && cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      // On a route without an authorizer API Gateway sends no authorizer block; the handler's tenant check answers 401.
      ...(route.claims === null
        ? {}
        : {
            authorizer: {
              principalId: '',
              integrationLatency: 0,
              jwt: { claims: toGatewayClaims(route.claims), scopes: scopesOf(route.claims) },
            },
          }),
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: request.method.toUpperCase(),
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(request.body.length > 0 ? { body: request.body.toString(isBase64Encoded ? 'base64' : 'utf8') } : {}),
    ...(route.pathParameters ? { pathParameters: route.pathParameters } : {}),
    isBase64Encoded,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** API Gateway passes claims as strings; arrays become "[a b]" exactly as the JWT authorizer writes them. */
function toGatewayClaims(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    claims[name] = Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return claims;
}

function scopesOf(payload: JWTPayload): string[] | null {
  const scope = payload.scope ?? payload.scp;
  if (typeof scope === 'string') return scope.split(' ').filter(Boolean);
  if (Array.isArray(scope)) return scope.map(String);
  return null;
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const result: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    result[name] = name in result ? `${result[name]},${value}` : value;
  }
  return result;
}
