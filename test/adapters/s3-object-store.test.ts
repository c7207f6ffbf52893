import { describe, expect, it } from 'vitest';
import { s3Client } from '../../lib/adapters/s3-client.ts';
import { s3ObjectStore } from '../../lib/adapters/s3-object-store.ts';

const store = s3ObjectStore(s3Client({ region: 'us-east-1', endpoints: { s3: 'http://127.0.0.1:9' } }), 'documents');
const key = 'tenants/acme/contracts/c1/letter/d1/notice.pdf';

describe('presigned uploads', () => {
  it('bind the content type and the declared length into the signature', async () => {
    const url = new URL(await store.presignPut({ key, contentType: 'application/pdf', contentLength: 1234, expiresInSeconds: 900 }));
    expect(url.pathname).toBe(`/documents/${key}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('carry no precomputed checksum, which a client uploading the real bytes could never match', async () => {
    const url = new URL(await store.presignPut({ key, contentType: 'text/plain', expiresInSeconds: 60 }));
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-type;host');
    expect([...url.searchParams.keys()].some((name) => name.startsWith('x-amz-checksum'))).toBe(false);
  });
});
