import { describe, expect, it } from 'vitest';
import { handedOffDocument, ocrJobOf } from '../../lib/app/ocr-hand-off.ts';
import type { DocumentRecord } from '../../lib/app/records.ts';
import { NoticeCheckError, isNoticeCheckError } from '../../lib/errors.ts';

const UPLOAD = { version: 'v2', versionId: 'v2', sequencer: 'seq-2', at: '2026-05-04T12:00:00.000Z' };
const pending = (details?: Record<string, unknown>) => new NoticeCheckError('OCR_PENDING', 'still reading', details ? { details } : {});

const upload: DocumentRecord = {
  tenantId: 't',
  contractId: 'c',
  documentId: 'l1',
  kind: 'letter',
  fileName: 'scan.pdf',
  contentType: 'application/pdf',
  status: 'PROCESSED',
  errorCode: null,
  errorMessage: null,
  objectKey: 'tenants/t/contracts/c/letter/l1/scan.pdf',
  version: 'v2',
  contentHash: 'h2',
  size: 10,
  uploadedAt: null,
  processedAt: '2026-05-04T12:00:00.000Z',
  createdAt: '2026-05-04T11:00:00.000Z',
};

describe('a scan handed off to its Textract job', () => {
  it('records the job and tag the OCR_PENDING error names, with the upload’s version to resume', () => {
    expect(ocrJobOf(pending({ jobId: 'job-1', jobTag: 'tag' }), UPLOAD)).toEqual({
      jobId: 'job-1',
      jobTag: 'tag',
      version: 'v2',
      versionId: 'v2',
      sequencer: 'seq-2',
      handedOffAt: UPLOAD.at,
    });
  });

  it('an OCR_PENDING that does not name its job and tag is retried (TRANSIENT): no completion could match it', () => {
    for (const details of [undefined, { jobId: 'job-1' }, { jobId: '', jobTag: 'tag' }]) {
      let thrown: unknown;
      try {
        ocrJobOf(pending(details), UPLOAD);
      } catch (error) {
        thrown = error;
      }
      expect(isNoticeCheckError(thrown) && thrown.code).toBe('TRANSIENT');
    }
  });

  it('the upload is stored PENDING with its job, nothing processed', () => {
    const job = ocrJobOf(pending({ jobId: 'job-1', jobTag: 'tag' }), UPLOAD);
    expect(handedOffDocument(upload, null, job)).toMatchObject({ status: 'PENDING', processedAt: null, ocrJob: job, version: 'v2' });
  });

  it('a processed earlier version stays as it is, job noted, so the contract keeps its analysis meanwhile', () => {
    const job = ocrJobOf(pending({ jobId: 'job-1', jobTag: 'tag' }), UPLOAD);
    const earlier = { ...upload, version: 'v1', contentHash: 'h1' };
    expect(handedOffDocument(upload, earlier, job)).toEqual({ ...earlier, ocrJob: job });
  });
});
