import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COMPRESS_ABOVE_BYTES, decodeAnalysis, encodeAnalysis } from '../../lib/adapters/analysis-attribute.ts';
import { documentFromItem, documentToItem } from '../../lib/adapters/items.ts';
import type { DocumentRecord } from '../../lib/app/records.ts';
import type { AgreementAnalysis } from '../../lib/domain/types.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';
import { toHttpError } from '../../lib/http/error-response.ts';

/** An analysis-shaped value whose JSON is about `bytes` long and compresses well (repeated clause wording). */
const repetitive = (bytes: number) => ({
  provisions: Array.from({ length: Math.ceil(bytes / 80) }, (_, i) => ({
    section: `${i}.1`,
    text: 'Either party may terminate on notice.',
  })),
});

const document = (agreement: unknown): DocumentRecord => ({
  tenantId: 't',
  contractId: 'c',
  documentId: 'd',
  kind: 'agreement',
  fileName: 'a.pdf',
  contentType: 'application/pdf',
  status: 'PROCESSED',
  errorCode: null,
  errorMessage: null,
  objectKey: 'tenants/t/contracts/c/agreement/d/a.pdf',
  version: 'v1',
  contentHash: null,
  size: 1,
  uploadedAt: null,
  processedAt: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  agreement: agreement as AgreementAnalysis,
});

describe('an analysis in its item', () => {
  it('up to the compression threshold is a readable JSON string', () => {
    const value = repetitive(COMPRESS_ABOVE_BYTES / 2);
    const item = encodeAnalysis('agreement', value);
    expect(Object.keys(item)).toEqual(['agreementJson']);
    expect(decodeAnalysis(item, 'agreement')).toEqual(value);
  });

  it('above it is gzipped to a small binary attribute and read back equal', () => {
    const value = repetitive(1_000_000);
    const item = encodeAnalysis('agreement', value);
    expect(Object.keys(item)).toEqual(['agreementGzip']);
    expect((item.agreementGzip as Uint8Array).byteLength).toBeLessThan(100_000);
    expect(decodeAnalysis(item, 'agreement')).toEqual(value);
  });

  it('still too large once compressed is TOO_LARGE, with the size and the limit, answered 413 at the edge', () => {
    const value = { text: randomBytes(200_000).toString('base64') };
    let thrown: unknown;
    try {
      encodeAnalysis('agreement', value, { compressAboveBytes: 1024, maxCompressedBytes: 100 * 1024 });
    } catch (error) {
      thrown = error;
    }
    expect(isNoticeCheckError(thrown) && thrown.code).toBe('TOO_LARGE');
    expect((thrown as Error).message).toMatch(/too large to store \(\d+ KB compressed; the limit is 100 KB\)\. Upload a shorter document/);
    expect(toHttpError(thrown)).toMatchObject({ statusCode: 413 });
  });

  it('documentFromItem reads items stored before compression and after, and keeps no storage attribute', () => {
    const small = repetitive(1000);
    const large = repetitive(500_000);
    const legacy = { ...documentToItem(document(undefined)), agreementJson: JSON.stringify(small) };
    expect(documentFromItem(legacy).agreement).toEqual(small);
    const compressed = documentFromItem(documentToItem(document(large)));
    expect(compressed.agreement).toEqual(large);
    expect(Object.keys(compressed).filter((k) => /Json|Gzip/.test(k))).toEqual([]);
  });
});
