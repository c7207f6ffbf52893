/**
 * The message Amazon Textract publishes on the completion topic when an asynchronous job ends, checked before
 * anything is trusted: the topic is the project's own, but a message is only ever a claim about a job, and
 * the resume checks it against the document's stored job (lib/app/ocr-resume.ts).
 */
// zod/mini: the same validation without the chained-method API, a fraction of the ocrComplete bundle.
import * as z from 'zod/mini';

/** A finished job as its completion message names it. */
export interface OcrCompletion {
  jobId: string;
  /** SUCCEEDED: the result can be read. FAILED or ERROR: Textract could not read the document. */
  status: 'SUCCEEDED' | 'FAILED' | 'ERROR';
  /** The tag given when the job was started (the object version it reads); null when the job had none. */
  jobTag: string | null;
  bucket: string;
  objectKey: string;
  /** When the job ended (ISO 8601). */
  at: string;
}

const message = z.looseObject({
  JobId: z.string().check(z.minLength(1)),
  Status: z.enum(['SUCCEEDED', 'FAILED', 'ERROR']),
  API: z.string(),
  JobTag: z.optional(z.string()),
  // Milliseconds since the epoch.
  Timestamp: z.number().check(z.nonnegative()),
  DocumentLocation: z.looseObject({
    S3ObjectName: z.string().check(z.minLength(1)),
    S3Bucket: z.string().check(z.minLength(1)),
  }),
});

/** Only text detection jobs are started by ingest; any other job on the topic is not ours to resume. */
const TEXT_DETECTION = 'StartDocumentTextDetection';

export type ParsedCompletion = { ok: true; completion: OcrCompletion } | { ok: false; reason: string };

/**
 * Parses one SNS message body from the completion topic; never throws (a message that cannot be read now
 * never will be, so retrying it would only delay the next one).
 * @example
 * parseOcrCompletion('{"JobId":"j1","Status":"SUCCEEDED","API":"StartDocumentTextDetection","JobTag":"t",' +
 *   '"Timestamp":1777896000000,"DocumentLocation":{"S3ObjectName":"tenants/t/…/scan.pdf","S3Bucket":"docs"}}')
 * // { ok: true, completion: { jobId: 'j1', status: 'SUCCEEDED', jobTag: 't', bucket: 'docs', objectKey: 'tenants/t/…/scan.pdf', at: '2026-05-04T12:00:00.000Z' } }
 */
export function parseOcrCompletion(body: string): ParsedCompletion {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the message is not JSON' };
  }
  const parsed = message.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the message is not a Textract job completion (${issue?.path.join('.') || 'message'}: ${issue?.message})` };
  }
  const m = parsed.data;
  if (m.API !== TEXT_DETECTION) return { ok: false, reason: `the job is a ${m.API}, not a text detection` };
  const at = new Date(m.Timestamp);
  if (Number.isNaN(at.getTime())) return { ok: false, reason: 'the message’s Timestamp is not a time' };
  return {
    ok: true,
    completion: {
      jobId: m.JobId,
      status: m.Status,
      jobTag: m.JobTag ?? null,
      bucket: m.DocumentLocation.S3Bucket,
      objectKey: m.DocumentLocation.S3ObjectName,
      at: at.toISOString(),
    },
  };
}
