import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../../web/src/types.ts';
import { documentStatus } from '../../web/src/words.ts';

const failed = (errorCode: string): DocumentView => ({
  documentId: 'doc-1',
  kind: 'agreement',
  fileName: 'agreement.pdf',
  contentType: 'application/pdf',
  status: 'FAILED',
  errorCode,
  errorMessage: `${errorCode}: internal detail`,
  size: 1000,
  uploadedAt: '2026-01-05T10:00:00Z',
  processedAt: null,
  createdAt: '2026-01-05T10:00:00Z',
});

describe('a document that hit a parsing limit is described in plain words', () => {
  for (const code of ['TOO_LARGE', 'TOO_COMPLEX', 'TIMEOUT']) {
    it(`${code} reads as words with what to do, not the code or the stored message`, () => {
      const detail = documentStatus(failed(code)).detail ?? '';
      expect(detail).toMatch(/^Failed: [a-z].+; .+\.$/);
      expect(detail).not.toContain(code);
      expect(detail).not.toContain('internal detail');
    });
  }
});
