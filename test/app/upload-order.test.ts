import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../lib/app/records.ts';
import { compareSequencers, compareUploads, isOlderVersion } from '../../lib/app/upload-order.ts';

const doc = (documentId: string, fields: Partial<DocumentRecord>): DocumentRecord => ({
  tenantId: 't',
  contractId: 'c',
  documentId,
  kind: 'agreement',
  fileName: 'a.txt',
  contentType: 'text/plain',
  status: 'PROCESSED',
  errorCode: null,
  errorMessage: null,
  objectKey: `k/${documentId}`,
  version: '1',
  contentHash: null,
  size: 1,
  uploadedAt: '2025-01-01T00:00:00.000Z',
  processedAt: '2025-01-01T00:00:01.000Z',
  createdAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});

describe('S3 sequencers of one key', () => {
  it('the greater hexadecimal value is later', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(-1);
    expect(compareSequencers('0055AED6DCD90281E6', '0055AED6DCD90281E5')).toBe(1);
  });
  it('a shorter sequencer is right-padded with zeros before comparing (S3’s rule)', () => {
    expect(compareSequencers('0A', '0A00')).toBe(0);
    expect(compareSequencers('0B', '0A99')).toBe(1);
    expect(compareSequencers('0a', '0A')).toBe(0);
  });
});

describe('the order of a contract’s uploads', () => {
  it('upload sequences decide, whatever the LastModified second or the random ids say', () => {
    const first = doc('zzz', { uploadSequence: 1 });
    const second = doc('aaa', { uploadSequence: 2 });
    expect([second, first].sort(compareUploads).map((d) => d.documentId)).toEqual(['zzz', 'aaa']);
  });
  it('a record from before sequences existed is older than any sequenced one', () => {
    const legacy = doc('legacy', { uploadedAt: '2030-01-01T00:00:00.000Z' });
    const sequenced = doc('new', { uploadSequence: 1 });
    expect([sequenced, legacy].sort(compareUploads).map((d) => d.documentId)).toEqual(['legacy', 'new']);
  });
  it('legacy records fall back to upload time, then id: never a random order', () => {
    const a = doc('a', { uploadedAt: '2025-01-01T00:00:02.000Z' });
    const b = doc('b', { uploadedAt: '2025-01-01T00:00:01.000Z' });
    const c = doc('c', { uploadedAt: '2025-01-01T00:00:01.000Z' });
    expect([a, c, b].sort(compareUploads).map((d) => d.documentId)).toEqual(['b', 'c', 'a']);
  });
});

describe('a late version of one key', () => {
  it('is older when its sequencer is smaller, even in the same LastModified second', () => {
    const stored = { sequencer: '0B', uploadedAt: '2025-01-01T00:00:00.000Z' };
    expect(isOlderVersion(stored, { sequencer: '0A', lastModified: '2025-01-01T00:00:00.000Z' })).toBe(true);
    expect(isOlderVersion(stored, { sequencer: '0C', lastModified: '2025-01-01T00:00:00.000Z' })).toBe(false);
  });
  it('without sequencers, only an earlier LastModified makes it older', () => {
    const stored = { sequencer: null, uploadedAt: '2025-01-01T00:00:05.000Z' };
    expect(isOlderVersion(stored, { sequencer: null, lastModified: '2025-01-01T00:00:04.000Z' })).toBe(true);
    expect(isOlderVersion(stored, { sequencer: null, lastModified: '2025-01-01T00:00:05.000Z' })).toBe(false);
  });
});
