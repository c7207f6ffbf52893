import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../lib/local/emulator.ts';
import { startS3PresignGateway, type S3PresignGateway } from '../../lib/local/s3-presign-gateway.ts';

describe('local S3 endpoint checks presigned URLs as S3 does', () => {
  let emulator: Emulator;
  let gateway: S3PresignGateway;
  let s3: S3Client;
  let clock = new Date();
  const key = 'tenants/t1/contracts/c1/letter/d1/Notice (final) é.pdf';

  beforeAll(async () => {
    emulator = await startEmulator({});
    emulator.server.createBucket('docs');
    gateway = await startS3PresignGateway({ upstream: emulator.endpoint, secrets: { local: 'local' }, now: () => clock });
    s3 = new S3Client({
      endpoint: gateway.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await emulator?.stop();
  });

  const presign = () =>
    getSignedUrl(s3, new PutObjectCommand({ Bucket: 'docs', Key: key, ContentType: 'application/pdf' }), {
      expiresIn: 900,
      signableHeaders: new Set(['content-type']),
    }); // as the upload route signs it
  const put = (url: string, contentType: string) =>
    fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body: '%PDF-1.7 test' });

  it('stores the object when the URL is intact and the Content-Type is the signed one', async () => {
    clock = new Date();
    const response = await put(await presign(), 'application/pdf');
    expect(response.status).toBe(200);
    const stored = await s3.send(new GetObjectCommand({ Bucket: 'docs', Key: key })); // header-signed SDK call passes through
    expect(await stored.Body?.transformToString()).toBe('%PDF-1.7 test');
  });

  it('answers 403 SignatureDoesNotMatch for another Content-Type or a tampered URL', async () => {
    clock = new Date();
    const url = await presign();
    const wrongType = await put(url, 'text/plain');
    expect(wrongType.status).toBe(403);
    expect(await wrongType.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    const tampered = await put(url.replace('letter/d1', 'letter/d2'), 'application/pdf');
    expect(tampered.status).toBe(403);
  });

  it('answers 403 once the URL has expired', async () => {
    clock = new Date();
    const url = await presign();
    clock = new Date(Date.now() + 901_000);
    const response = await put(url, 'application/pdf');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request has expired');
  });
});
