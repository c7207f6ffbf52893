/**
 * The local S3 endpoint users upload to. It checks a presigned URL the way S3 does — signature (SigV4 over
 * the method, path, query and signed headers such as content-type), and expiry — then passes the request to
 * the emulator, which checks neither. So a tampered or expired URL, or a PUT whose Content-Type differs
 * from the one the URL was signed for, fails locally with 403 exactly as it would in AWS.
 * Requests signed in headers (the handlers' own SDK calls) pass through unchanged.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3PresignGateway {
  endpoint: string;
  stop(): Promise<void>;
}

export interface S3PresignGatewayOptions {
  /** The emulator's S3 endpoint, `http://127.0.0.1:<port>`. */
  upstream: string;
  /** Secret keys by access key id: the local stack's dummy credentials. */
  secrets: Record<string, string>;
  now?: () => Date;
}

/**
 * @example
 * const gateway = await startS3PresignGateway({ upstream: emulator.endpoint, secrets: { local: 'local' } });
 * // S3 clients and presigned URLs use gateway.endpoint
 */
export async function startS3PresignGateway(options: S3PresignGatewayOptions): Promise<S3PresignGateway> {
  const upstream = new URL(options.upstream);
  const now = options.now ?? (() => new Date());
  const server = createServer((incoming, outgoing) => {
    // The web app uploads from its own origin: answer the browser's CORS checks as the bucket's CORS rules
    // would, for pages on this machine only.
    const origin = incoming.headers.origin;
    if (origin && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) {
      outgoing.setHeader('access-control-allow-origin', origin);
      outgoing.setHeader('vary', 'origin');
      if (incoming.method === 'OPTIONS') {
        incoming.resume();
        outgoing.writeHead(204, {
          'access-control-allow-methods': 'PUT',
          'access-control-allow-headers': incoming.headers['access-control-request-headers'] ?? 'content-type',
          'access-control-max-age': '600',
        });
        outgoing.end();
        return;
      }
    }
    const refusal = presignedRefusal(incoming, options.secrets, now());
    if (refusal) return refuse(incoming, outgoing, refusal);
    const forwarded = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

interface Refusal {
  code: 'AccessDenied' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId';
  message: string;
}

/** null when the request is not presigned, or is presigned correctly and in time. */
export function presignedRefusal(
  request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  secrets: Record<string, string>,
  now: Date,
): Refusal | null {
  const url = request.url ?? '/';
  const questionMark = url.indexOf('?');
  if (questionMark === -1) return null;
  const rawPath = url.slice(0, questionMark);
  const pairs = url
    .slice(questionMark + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, '%20'));
      return equals === -1 ? [decode(pair), ''] : [decode(pair.slice(0, equals)), decode(pair.slice(equals + 1))];
    }) as Array<[string, string]>;
  const query = new Map(pairs);
  const signature = query.get('X-Amz-Signature');
  if (signature === undefined) return null;

  const amzDate = query.get('X-Amz-Date') ?? '';
  const expires = Number(query.get('X-Amz-Expires'));
  const [accessKey = '', date = '', region = '', service = ''] = (query.get('X-Amz-Credential') ?? '').split('/');
  const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  if (Number.isNaN(signedAt) || !Number.isFinite(expires))
    return { code: 'AccessDenied', message: 'Query-string authentication requires X-Amz-Date and X-Amz-Expires' };
  if (now.getTime() > signedAt + expires * 1000) return { code: 'AccessDenied', message: 'Request has expired' };
  const secret = secrets[accessKey];
  if (secret === undefined)
    return { code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };

  const signedHeaders = (query.get('X-Amz-SignedHeaders') ?? 'host').split(';');
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${headerValue(request.headers[name])}\n`).join('');
  const canonicalQuery = pairs
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [strictEncode(name), strictEncode(value)])
    .sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    request.method,
    rawPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders.join(';'),
    query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = [date, region, service, 'aws4_request'].reduce<Buffer | string>((current, part) => hmac(current, part), `AWS4${secret}`);
  const expected = hmac(key, stringToSign).toString('hex');
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return {
      code: 'SignatureDoesNotMatch',
      message:
        'The request signature we calculated does not match the signature you provided. Check the Content-Type header against the one the upload URL was made for.',
    };
  }
  return null;
}

function refuse(incoming: IncomingMessage, outgoing: ServerResponse, refusal: Refusal): void {
  incoming.resume();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`;
  outgoing.writeHead(403, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
  outgoing.end(body);
}

const headerValue = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');
const strictEncode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();
