/**
 * The local S3 endpoint users upload to. It enforces what S3 enforces and the emulator does not: every
 * request is signed — a presigned URL's signature (recomputed by the SDK's presigner over the method, path,
 * query and signed headers such as content-type and content-length) and expiry are checked, so a tampered or
 * expired URL, an unsigned PUT, or a PUT whose Content-Type or Content-Length differs from the signed one
 * fails with 403 exactly as in AWS; a PUT without a Content-Length gets 411. Header-signed requests (the
 * handlers' own SDK calls) pass through. A large PUT is handed to the emulator in parts (put-in-parts.ts).
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import { isPresigned, presignedRefusal, type Refusal } from './presigned-check.ts';
import { PART_BYTES, putInParts } from './put-in-parts.ts';

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
    void check(incoming).then((refusal) => {
      if (refusal) return refuse(incoming, outgoing, refusal);
      if (incoming.method === 'PUT' && Number(incoming.headers['content-length']) > PART_BYTES) return putLarge(incoming, outgoing);
      forward(incoming, outgoing);
    });
  });
  const check = async (incoming: IncomingMessage): Promise<Refusal | null> =>
    unsignedRefusal(incoming, options.secrets) ?? (isPresigned(incoming.url) ? presignedRefusal(incoming, options.secrets, now()) : null);
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
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
  };
  const [accessKeyId = 'local', secretAccessKey = 'local'] = Object.entries(options.secrets)[0] ?? [];
  const parts = new S3Client({
    endpoint: options.upstream,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId, secretAccessKey },
  });
  const putLarge = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const contentType = incoming.headers['content-type'];
    putInParts(parts, { ...pathTarget(incoming.url ?? '/'), contentType }, incoming).then(
      (etag) => {
        outgoing.writeHead(200, { etag, 'content-length': '0' });
        outgoing.end();
      },
      () => {
        outgoing.writeHead(502);
        outgoing.end();
      },
    );
  };
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((done) => {
        parts.destroy();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function refuse(incoming: IncomingMessage, outgoing: ServerResponse, refusal: Refusal): void {
  incoming.resume();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`;
  outgoing.writeHead(refusal.status, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) });
  outgoing.end(body);
}

/**
 * Why a request is refused before its signature is even checked: S3 serves a private bucket to signed
 * requests only, and a PUT must say how long its body is (S3 answers 411 to one that does not).
 */
function unsignedRefusal(incoming: IncomingMessage, secrets: Record<string, string>): Refusal | null {
  if (incoming.method === 'PUT' && incoming.headers['content-length'] === undefined)
    return { status: 411, code: 'MissingContentLength', message: 'You must provide the Content-Length HTTP header.' };
  if (isPresigned(incoming.url)) return null;
  // Header-signed requests are the handlers' own SDK calls, made with the local credentials.
  const credential = /Credential=([^/,\s]+)\//.exec(String(incoming.headers.authorization ?? ''))?.[1];
  if (credential === undefined)
    return { status: 403, code: 'AccessDenied', message: 'Anonymous access is refused: upload with the URL the service gave.' };
  if (secrets[credential] === undefined)
    return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
  return null;
}

/** `/bucket/key…` (path style, as the local clients address the emulator) → bucket and decoded key. */
function pathTarget(url: string): { bucket: string; key: string } {
  const [, bucket = '', ...rest] = (url.split('?')[0] ?? '').split('/');
  return { bucket: decodeURIComponent(bucket), key: rest.map((part) => decodeURIComponent(part)).join('/') };
}
