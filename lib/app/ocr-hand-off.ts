/**
 * A scan handed off to a Textract job (OCR_PENDING): what the document record says while the job runs, so
 * that the job's completion can find the upload it reads and resume it (lib/app/ocr-resume.ts).
 */
import { NoticeCheckError } from '../errors.ts';
import type { DocumentRecord, OcrJobRecord } from './records.ts';

/**
 * The job an OCR_PENDING error names (its `details`: `jobId`, `jobTag`), for the upload being read.
 * @example ocrJobOf(error, { version: 'v2', versionId: 'v2', sequencer: null, at: '2026-05-04T12:00:00.000Z' }).jobId // 'job-1'
 */
export function ocrJobOf(
  error: NoticeCheckError,
  upload: { version: string; versionId: string | null; sequencer: string | null; at: string },
): OcrJobRecord {
  const { jobId, jobTag } = error.details ?? {};
  // Without both, no completion could ever be matched to this upload: better retried than left waiting.
  if (typeof jobId !== 'string' || typeof jobTag !== 'string' || !jobId || !jobTag) {
    throw new NoticeCheckError('TRANSIENT', 'The text recognition job handed off without naming itself; the document will be read again.', {
      cause: error,
    });
  }
  return { jobId, jobTag, version: upload.version, versionId: upload.versionId, sequencer: upload.sequencer, handedOffAt: upload.at };
}

/**
 * The record stored while the job runs: the upload PENDING with its job. A processed earlier version of the
 * same document stays as it is, job noted, so the contract keeps its analysis until the new reading is done.
 * @example handedOffDocument(upload, null, job).status // 'PENDING'
 */
export function handedOffDocument(upload: DocumentRecord, existing: DocumentRecord | null, job: OcrJobRecord): DocumentRecord {
  if (existing?.status === 'PROCESSED') return { ...existing, ocrJob: job };
  return { ...upload, status: 'PENDING', errorCode: null, errorMessage: null, processedAt: null, ocrJob: job };
}
