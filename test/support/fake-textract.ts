/**
 * A Textract stand-in for asynchronous text detection: jobs are started idempotently by ClientRequestToken
 * (as Textract does), stay IN_PROGRESS until the test finishes or fails them, and answer given lines of text
 * per page as LINE and WORD blocks. `completion` builds the message Textract would publish on the topic.
 */
import {
  DetectDocumentTextCommand,
  GetDocumentTextDetectionCommand,
  StartDocumentTextDetectionCommand,
  type Block,
} from '@aws-sdk/client-textract';

interface Job {
  jobId: string;
  jobTag: string | null;
  bucket: string;
  key: string;
  state: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
}

/**
 * `pages[i]` is the text of page i + 1, one string a line; every word is read with 99% confidence. With
 * `finishAtOnce`, every job has SUCCEEDED by the time it is first asked about (ingest never hands it off).
 */
export function fakeTextract(pages: string[][], options: { finishAtOnce?: boolean } = {}) {
  const jobs = new Map<string, Job>();
  const calls: string[] = [];
  const blocks: Block[] = pages.flatMap((lines, index) =>
    lines.flatMap((line, l) => {
      const words = line.split(/\s+/).filter(Boolean);
      const ids = words.map((_, w) => `p${index + 1}-l${l}-w${w}`);
      return [
        { BlockType: 'LINE', Id: `p${index + 1}-l${l}`, Page: index + 1, Relationships: [{ Type: 'CHILD', Ids: ids }] },
        ...words.map((text, w) => ({ BlockType: 'WORD', Id: ids[w], Page: index + 1, Text: text, Confidence: 99 })),
      ] as Block[];
    }),
  );
  const job = (jobId: string): Job => {
    const found = jobs.get(jobId);
    if (!found) throw Object.assign(new Error(`no job ${jobId}`), { name: 'InvalidJobIdException' });
    return found;
  };
  return {
    calls,
    client: {
      async send(command: unknown): Promise<unknown> {
        if (command instanceof StartDocumentTextDetectionCommand) {
          calls.push('start');
          const { ClientRequestToken, JobTag, DocumentLocation } = command.input;
          const jobId = `job-${ClientRequestToken?.slice(0, 12)}`;
          if (!jobs.has(jobId)) {
            jobs.set(jobId, {
              jobId,
              jobTag: JobTag ?? null,
              bucket: DocumentLocation?.S3Object?.Bucket ?? '',
              key: DocumentLocation?.S3Object?.Name ?? '',
              state: options.finishAtOnce ? 'SUCCEEDED' : 'IN_PROGRESS',
            });
          }
          return { JobId: jobId };
        }
        if (command instanceof GetDocumentTextDetectionCommand) {
          calls.push('get');
          const { state } = job(command.input.JobId ?? '');
          if (state !== 'SUCCEEDED') return { JobStatus: state, ...(state === 'FAILED' ? { StatusMessage: 'unreadable' } : {}) };
          return { JobStatus: 'SUCCEEDED', Blocks: blocks };
        }
        if (command instanceof DetectDocumentTextCommand) throw new Error('a multi-page scan is not read page by page');
        throw new Error('unexpected Textract command');
      },
    },
    /** Every job started on this object key, newest last. */
    jobsFor: (key: string): Job[] => [...jobs.values()].filter((j) => j.key === key),
    finish(jobId: string, state: 'SUCCEEDED' | 'FAILED' = 'SUCCEEDED') {
      job(jobId).state = state;
    },
    /** The SNS message body Textract publishes when the job ends. */
    completion(jobId: string, change: Record<string, unknown> = {}): string {
      const { jobTag, bucket, key, state } = job(jobId);
      return JSON.stringify({
        JobId: jobId,
        Status: state === 'IN_PROGRESS' ? 'SUCCEEDED' : state,
        API: 'StartDocumentTextDetection',
        ...(jobTag ? { JobTag: jobTag } : {}),
        Timestamp: Date.now(),
        DocumentLocation: { S3ObjectName: key, S3Bucket: bucket },
        ...change,
      });
    },
  };
}
