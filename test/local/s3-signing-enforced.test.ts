/**
 * The local S3 endpoint refuses what S3 refuses: an unsigned PUT into any prefix, a request signed with an
 * unknown key, a body longer or shorter than the signed Content-Length, a PUT with no length; and it
 * stores an upload up to the service's limit (25 MiB), though the emulator behind it takes bodies of at most
 * 11 MiB.
 */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { startEmulator, type Emulator } from '../../lib/local/emulator.ts';
import { startS3PresignGateway, type S3PresignGateway } from '../../lib/local/s3-presign-gateway.ts';

let emulator: Emulator;
let gateway: S3PresignGateway;
let s3: S3Client;
const created: string[] = [];
const { maxUploadBytes } = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'docs', TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:t' });

beforeAll(async () => {
  emulator = await startEmulator({});
  emulator.server.createBucket('docs');
  emulator.onObjectCreated((object) => created.push(object.key));
  gateway = await startS3PresignGateway({ upstream: emulator.endpoint, secrets: { local: 'local' } });
  s3 = new S3Client({
    endpoint: gateway.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  s3?.destroy();
  await gateway?.stop();
  await emulator?.stop();
});

/** As the upload route signs it: content type and length. */
const presign = (key: string, contentLength: number) =>
  getSignedUrl(s3, new PutObjectCommand({ Bucket: 'docs', Key: key, ContentType: 'application/pdf', ContentLength: contentLength }), {
    expiresIn: 900,
    signableHeaders: new Set(['content-type', 'content-length']),
  });
const put = (url: string, body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'PUT', headers: { 'content-type': 'application/pdf', ...headers }, body });
const stored = (key: string) =>
  s3.send(new HeadObjectCommand({ Bucket: 'docs', Key: key })).then(
    (head) => head.ContentLength,
    () => null,
  );

describe('the local S3 endpoint enforces signatures', () => {
  it('refuses an unsigned PUT into a tenant’s prefix, and stores nothing', async () => {
    const key = 'tenants/other-tenant/contracts/c1/agreement/d1/a.pdf';
    const response = await put(`${gateway.endpoint}/docs/${key}`, new Uint8Array(10));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>AccessDenied</Code>');
    expect(await stored(key)).toBeNull();
  });

  it('refuses a request signed with a key it does not know', async () => {
    const response = await fetch(`${gateway.endpoint}/docs/tenants/t1/x.pdf`, {
      method: 'PUT',
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=forged/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00' },
      body: 'x',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>InvalidAccessKeyId</Code>');
  });

  it('refuses a body longer or shorter than the signed Content-Length', async () => {
    const key = 'tenants/t1/contracts/c1/agreement/d2/a.pdf';
    const url = await presign(key, 100);
    for (const size of [101, 99]) {
      const response = await put(url, new Uint8Array(size));
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    }
    expect(await stored(key)).toBeNull();
    expect((await put(url, new Uint8Array(100))).status).toBe(200);
    expect(await stored(key)).toBe(100);
  });

  it('answers 411 to a PUT that does not say its length', async () => {
    const url = await presign('tenants/t1/contracts/c1/agreement/d3/a.pdf', 5);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(5));
        controller.close();
      },
    });
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(411);
  });

  it('stores an upload of the service’s full limit, and reports it stored once', async () => {
    const key = 'tenants/t1/contracts/c1/agreement/d4/large.pdf';
    const body = new Uint8Array(maxUploadBytes).map((_, i) => i % 251);
    const response = await put(await presign(key, body.byteLength), body);
    expect(response.status).toBe(200);
    expect(await stored(key)).toBe(maxUploadBytes);
    const back = await s3.send(new GetObjectCommand({ Bucket: 'docs', Key: key }));
    expect(Buffer.compare(Buffer.from(await back.Body!.transformToByteArray()), Buffer.from(body))).toBe(0);
    await expect.poll(() => created.filter((k) => k === key).length).toBe(1);
  });
});
