import { describe, expect, it } from 'vitest';
import type { IngestInput } from '../../lib/app/ingest-object.ts';
import type { OcrCompletion } from '../../lib/app/ocr-completion.ts';
import { OCR_FAILED_MESSAGE, resumeOcr, type OcrResumeDeps } from '../../lib/app/ocr-resume.ts';
import type { DocumentRecord, OcrJobRecord } from '../../lib/app/records.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';
import type { OcrEngine } from '../../lib/text/ocr/ocr-engine.ts';

const KEY = 'tenants/acme/contracts/hosting/letter/l1/scanned notice.pdf';
const JOB: OcrJobRecord = {
  jobId: 'job-1',
  jobTag: 'tag-of-v2',
  version: 'v2',
  versionId: 'v2',
  sequencer: '0055AED6DCD90281E5',
  handedOffAt: '2026-05-04T12:00:00.000Z',
};
const COMPLETION: OcrCompletion = {
  jobId: 'job-1',
  status: 'SUCCEEDED',
  jobTag: 'tag-of-v2',
  bucket: 'docs',
  objectKey: KEY,
  at: '2026-05-04T12:03:00.000Z',
};

const document = (change: Partial<DocumentRecord> = {}): DocumentRecord => ({
  tenantId: 'acme',
  contractId: 'hosting',
  documentId: 'l1',
  kind: 'letter',
  fileName: 'scanned notice.pdf',
  contentType: 'application/pdf',
  status: 'PENDING',
  errorCode: null,
  errorMessage: null,
  objectKey: KEY,
  version: 'v2',
  contentHash: null,
  size: 1000,
  uploadedAt: null,
  processedAt: null,
  createdAt: '2026-05-04T11:59:00.000Z',
  ocrJob: JOB,
  ...change,
});

/** Ingest records what it was asked and reads page 1 with the engine it was given, as the real one would. */
function fakes(stored: DocumentRecord | null) {
  const ingested: Array<{ input: IngestInput; page: unknown }> = [];
  const finishedJobs: string[] = [];
  const jobEngine: OcrEngine = {
    name: 'textract',
    recognise: async () => ({ lines: [[{ text: 'terminate', confidence: 99 }]], meanConfidence: 99 }),
    close: async () => undefined,
  };
  const deps: OcrResumeDeps = {
    bucketName: 'docs',
    documents: {
      getDocument: async (tenantId, contractId, documentId) =>
        stored && `${tenantId}/${contractId}/${documentId}` === 'acme/hosting/l1' ? stored : null,
    },
    finishedJob: (jobId) => {
      finishedJobs.push(jobId);
      return jobEngine;
    },
    async ingest(input, ocr) {
      const page = await ocr.recognise({ bytes: new Uint8Array([1]), page: 1, pages: 2 }).catch((error: unknown) => error);
      ingested.push({ input, page });
      if (isNoticeCheckError(page)) return { outcome: 'failed', documentId: 'l1', errorCode: page.code };
      return { outcome: 'processed', documentId: 'l1' };
    },
  };
  return { deps, ingested, finishedJobs };
}

describe('resuming a scan when its Textract job completes', () => {
  it('a SUCCEEDED job resumes the waiting upload’s own version through ingest, its pages read from the job', async () => {
    const { deps, ingested, finishedJobs } = fakes(document());
    expect(await resumeOcr(deps, COMPLETION)).toEqual({ outcome: 'processed', documentId: 'l1' });
    expect(finishedJobs).toEqual(['job-1']);
    expect(ingested).toEqual([
      {
        input: { key: KEY, versionId: 'v2', sequencer: '0055AED6DCD90281E5' },
        page: { lines: [[{ text: 'terminate', confidence: 99 }]], meanConfidence: 99 },
      },
    ]);
  });

  it.each(['FAILED', 'ERROR'] as const)(
    'a job that ended %s fails the document with OCR_FAILED and a message the user can act on',
    async (status) => {
      const { deps, ingested, finishedJobs } = fakes(document());
      expect(await resumeOcr(deps, { ...COMPLETION, status })).toEqual({ outcome: 'failed', documentId: 'l1', errorCode: 'OCR_FAILED' });
      expect(finishedJobs).toEqual([]);
      const error = ingested[0]?.page;
      expect(isNoticeCheckError(error) && error.message).toBe(OCR_FAILED_MESSAGE);
      expect(OCR_FAILED_MESSAGE).toMatch(/upload a clearer scan/i);
    },
  );

  it('a document waiting for a job resumes even after the stale sweep marked it FAILED (a late completion wins)', async () => {
    const { deps, ingested } = fakes(document({ status: 'FAILED', errorCode: 'STALE', errorMessage: 'never processed' }));
    expect(await resumeOcr(deps, COMPLETION)).toMatchObject({ outcome: 'processed' });
    expect(ingested).toHaveLength(1);
  });

  it.each([
    [
      'a document resumed already (a duplicate delivery)',
      document({ status: 'PROCESSED', ocrJob: undefined }),
      COMPLETION,
      /already resumed/,
    ],
    ['an unknown document', null, COMPLETION, /unknown/],
    [
      'a version since replaced by another upload, with its own job',
      document({ ocrJob: { ...JOB, jobId: 'job-2', jobTag: 'tag-of-v3' } }),
      COMPLETION,
      /superseded/,
    ],
    ['a tag that is not the waiting version’s', document(), { ...COMPLETION, jobTag: 'tag-of-v1' }, /superseded/],
    ['a job without a tag', document(), { ...COMPLETION, jobTag: null }, /superseded/],
    ['another bucket', document(), { ...COMPLETION, bucket: 'elsewhere' }, /outside the documents bucket/],
    ['an object that is not an upload', document(), { ...COMPLETION, objectKey: 'texts/acme/hosting/l1.json' }, /not an upload/],
  ])('a completion for %s is dropped without ingesting anything', async (_case, stored, completion, reason) => {
    const { deps, ingested, finishedJobs } = fakes(stored);
    const outcome = await resumeOcr(deps, completion);
    expect(outcome.outcome).toBe('dropped');
    expect(outcome.outcome === 'dropped' && outcome.reason).toMatch(reason);
    expect(ingested).toEqual([]);
    expect(finishedJobs).toEqual([]);
  });
});
