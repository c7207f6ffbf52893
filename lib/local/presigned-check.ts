/**
 * Checks a presigned S3 request as S3 does: the URL is signed again with the SDK's own presigner (the same
 * code that made it, so no SigV4 detail is hand-written here) from what the request carries — method, path,
 * query, the headers named as signed, the date and expiry — and the signatures must match; then the expiry.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';

export interface Refusal {
  status: 403 | 411;
  code: 'AccessDenied' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId' | 'MissingContentLength';
  message: string;
}

/** The query parameters the presigner itself writes; everything else in the query is signed as given. */
const AUTH_PARAMS = new Set([
  'X-Amz-Algorithm',
  'X-Amz-Content-Sha256',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-Signature',
  'X-Amz-SignedHeaders',
]);

/** The SHA-256 the SDK's signer asks for, from node:crypto (an HMAC when given a key). */
class Sha256 {
  private hash;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.fresh();
  }
  private fresh() {
    if (this.secret === undefined) return createHash('sha256');
    const key = typeof this.secret === 'string' ? this.secret : Buffer.from(this.secret as ArrayBuffer);
    return createHmac('sha256', key);
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/** True when the URL carries a query-string signature. */
export const isPresigned = (url: string | undefined): boolean => /[?&]X-Amz-Signature=/.test(url ?? '');

/**
 * null when the presigned request is signed correctly and in time.
 * @example await presignedRefusal(request, { local: 'local' }, new Date()) // null, or { status: 403, code: 'SignatureDoesNotMatch', … }
 */
export async function presignedRefusal(
  request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  secrets: Record<string, string>,
  now: Date,
): Promise<Refusal | null> {
  const raw = request.url ?? '/';
  const url = new URL(raw, 'http://local');
  const rawPath = raw.split('?')[0] ?? '/'; // as signed: URL parsing may re-encode it
  const param = (name: string) => url.searchParams.get(name) ?? '';
  const [accessKeyId = '', , region = '', service = ''] = param('X-Amz-Credential').split('/');
  const signingDate = new Date(param('X-Amz-Date').replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const expiresIn = Number(param('X-Amz-Expires'));
  if (Number.isNaN(signingDate.getTime()) || !Number.isInteger(expiresIn) || expiresIn <= 0)
    return { status: 403, code: 'AccessDenied', message: 'Query-string authentication requires X-Amz-Date and X-Amz-Expires' };
  const secretAccessKey = secrets[accessKeyId];
  if (secretAccessKey === undefined)
    return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };

  const signedHeaders = param('X-Amz-SignedHeaders').split(';').filter(Boolean);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) if (!AUTH_PARAMS.has(name)) query[name] = value;
  const [hostname = '', port] = (headers.host ?? '').split(':');
  const presigner = new S3RequestPresigner({ credentials: { accessKeyId, secretAccessKey }, region, signingName: service, sha256: Sha256 });
  const expected = await presigner.presign(
    { method: request.method ?? 'GET', protocol: 'http:', hostname, port: port ? Number(port) : undefined, path: rawPath, query, headers },
    { signingDate, expiresIn, signableHeaders: new Set(signedHeaders) },
  );
  const given = Buffer.from(param('X-Amz-Signature'));
  const wanted = Buffer.from(String(expected.query?.['X-Amz-Signature'] ?? ''));
  const sameHeaders = expected.query?.['X-Amz-SignedHeaders'] === param('X-Amz-SignedHeaders');
  if (!sameHeaders || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message:
        'The request signature we calculated does not match the signature you provided. Check the Content-Type header against the one the upload URL was made for.',
    };
  }
  if (now.getTime() > signingDate.getTime() + expiresIn * 1000)
    return { status: 403, code: 'AccessDenied', message: 'Request has expired' };
  return null;
}
