/**
 * Resuming a scan handed off to a Textract job (lib/app/ocr-hand-off.ts) when the job's completion arrives:
 * the upload is ingested again by the same ingest use case — claim, verdicts, deadlines and alerts exactly as
 * for any document — with its scanned pages answered from the finished job instead of a new one, or, when
 * Textract could not read them, failing with OCR_FAILED.
 *
 * SNS delivers at least once and the topic outlives any one upload, so a completion resumes only the upload
 * that is waiting for that very job (job id and tag both match the stored job). A duplicate finds the job
 * gone from the record (the resume rewrote it) and its claim DONE; a job for a version since replaced finds
 * another job or none. Both are dropped. A document the stale sweep marked FAILED while its job was in
 * flight still has its job recorded, so a completion arriving late (a replay) still resumes it.
 */
import { NoticeCheckError } from '../errors.ts';
import type { OcrEngine } from '../text/ocr/ocr-engine.ts';
import type { IngestInput, IngestOutcome } from './ingest-object.ts';
import type { OcrCompletion } from './ocr-completion.ts';
import { parseObjectKey } from './object-key.ts';
import type { ContractRepository } from './ports.ts';

export interface OcrResumeDeps {
  /** The documents bucket: jobs reading any other are not ingest's. */
  bucketName: string;
  documents: Pick<ContractRepository, 'getDocument'>;
  /** Answers scanned pages from this finished job's result. */
  finishedJob(jobId: string): OcrEngine;
  /** The ingest use case (lib/app/ingest-object.ts) with scanned pages read by `ocr`. */
  ingest(input: IngestInput, ocr: OcrEngine): Promise<IngestOutcome>;
}

export type OcrResumeOutcome = IngestOutcome | { outcome: 'dropped'; reason: string };

/** Said to the user when Textract gives up: what they can do about it, in plain words. */
export const OCR_FAILED_MESSAGE =
  'The scanned pages could not be read by text recognition. Upload a clearer scan, or a copy with selectable text (for example the original PDF rather than a scan of a printout).';

/** Pages read from a job Textract could not finish: every scanned page fails, and the document with it. */
const failedReading = (completion: OcrCompletion): OcrEngine => ({
  name: 'textract',
  recognise: async () => {
    throw new NoticeCheckError('OCR_FAILED', OCR_FAILED_MESSAGE, { details: { jobId: completion.jobId } });
  },
  close: async () => undefined,
});

const dropped = (reason: string): OcrResumeOutcome => ({ outcome: 'dropped', reason });

/**
 * Resumes the upload a completed job read, or drops a completion that no upload is waiting for.
 * @example
 * await resumeOcr(deps, { jobId: 'job-1', status: 'SUCCEEDED', jobTag: 'tag', bucket: 'docs', objectKey: key, at })
 * // { outcome: 'processed', documentId: 'l1' }
 */
export async function resumeOcr(deps: OcrResumeDeps, completion: OcrCompletion): Promise<OcrResumeOutcome> {
  if (completion.bucket !== deps.bucketName) return dropped('the job read an object outside the documents bucket');
  const parts = parseObjectKey(completion.objectKey);
  if (!parts) return dropped('the job read an object that is not an upload');
  const document = await deps.documents.getDocument(parts.tenantId, parts.contractId, parts.documentId);
  const job = document?.ocrJob;
  if (!document || !job) return dropped('no upload of this document is waiting for a reading job (unknown, or already resumed)');
  // The tag is a digest of the bucket, key and version the job read: matching it is matching the object.
  if (job.jobId !== completion.jobId || job.jobTag !== completion.jobTag) {
    return dropped('the job read another version of the document than the one waiting (superseded)');
  }
  const ocr = completion.status === 'SUCCEEDED' ? deps.finishedJob(completion.jobId) : failedReading(completion);
  return deps.ingest({ key: completion.objectKey, versionId: job.versionId, sequencer: job.sequencer }, ocr);
}
