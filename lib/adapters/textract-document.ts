/**
 * Amazon Textract's asynchronous text detection for scans of more than one page: one job reads the whole
 * PDF from the documents bucket (StartDocumentTextDetection), and its pages come back in batches
 * (GetDocumentTextDetection, followed by NextToken). A page-by-page synchronous call would send every page
 * image across and pay a round trip each; the job reads them in parallel inside Textract.
 *
 * Textract announces the job's end on the SNS topic given as its notification channel (resources/ocr.yml).
 * The ingest function, which has to answer within its own timeout, asks for the result until it is ready,
 * more slowly as it waits; with a channel, a job still running after `handOffAfterMs` is handed off
 * (OCR_PENDING: the document stays PENDING) and the ocrComplete function resumes the ingest from the job's
 * result (`textractJobEngine`). Without one, the time-bounded engine around it stops with TIMEOUT before the
 * function is killed.
 */
import { createHash } from 'node:crypto';
import {
  type Block,
  type GetDocumentTextDetectionCommandOutput,
  GetDocumentTextDetectionCommand,
  StartDocumentTextDetectionCommand,
  type TextractClient,
} from '@aws-sdk/client-textract';
import { NoticeCheckError } from '../errors.ts';
import type { OcrEngine, OcrPage, StoredDocument } from '../text/ocr/ocr-engine.ts';
import { ocrPageOf } from './textract-blocks.ts';

export interface TextractDocumentOptions {
  /** Textract publishes the job's completion here (the topic, and a role Textract may assume to publish). */
  notification?: { topicArn: string; roleArn: string };
  /** First wait before asking for the result; doubled up to `maxPollMs`. */
  pollMs: number;
  maxPollMs: number;
  /** Waits; injectable so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * With a notification channel: the longest ingest waits for the job before handing it off. Keep it under
   * the time the ingest function has left for OCR (its timeout less its reserve).
   */
  handOffAfterMs?: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The same object version always gets the same job: a retried ingest (Lambda retries a failed
 * invocation) finds the job already started, or finished, instead of paying for a second one.
 */
export const requestToken = (document: StoredDocument): string =>
  createHash('sha256')
    .update(`${document.bucket}/${document.key}#${document.versionId ?? ''}`)
    .digest('hex');

/** The job and its tag: the ingest use case records both, and the completion must name both to resume. */
const handOff = (jobId: string, jobTag: string): NoticeCheckError =>
  new NoticeCheckError('OCR_PENDING', 'The scanned pages are still being read; the document is judged when the reading finishes.', {
    details: { jobId, jobTag },
  });

/** The job's blocks once it has finished, all result pages followed. */
async function jobBlocks(
  client: Pick<TextractClient, 'send'>,
  job: { jobId: string; jobTag?: string },
  options: TextractDocumentOptions,
): Promise<Block[]> {
  const { jobId } = job;
  const sleep = options.sleep ?? pause;
  // Only a job whose completion is announced can be left running: something must resume the document.
  const handOffAfterMs = options.notification && job.jobTag ? options.handOffAfterMs : undefined;
  let wait = options.pollMs;
  let waited = 0;
  let response: GetDocumentTextDetectionCommandOutput;
  for (;;) {
    response = await client.send(new GetDocumentTextDetectionCommand({ JobId: jobId }));
    if (response.JobStatus !== 'IN_PROGRESS') break;
    if (handOffAfterMs !== undefined && job.jobTag && waited + wait > handOffAfterMs) throw handOff(jobId, job.jobTag);
    await sleep(wait);
    waited += wait;
    wait = Math.min(wait * 2, options.maxPollMs);
  }
  if (response.JobStatus === 'FAILED') {
    throw new NoticeCheckError(
      'TRANSIENT',
      `Text recognition of the scanned pages failed (${response.StatusMessage ?? 'no reason given'}); it will be retried.`,
    );
  }
  const blocks = [...(response.Blocks ?? [])];
  for (let token = response.NextToken; token; ) {
    const next = await client.send(new GetDocumentTextDetectionCommand({ JobId: jobId, NextToken: token }));
    blocks.push(...(next.Blocks ?? []));
    token = next.NextToken;
  }
  return blocks;
}

/** Blocks by the page they are on (Textract numbers pages from 1). */
function byPage(blocks: Block[]): Map<number, OcrPage> {
  const grouped = new Map<number, Block[]>();
  for (const block of blocks) {
    const page = block.Page ?? 1;
    grouped.set(page, [...(grouped.get(page) ?? []), block]);
  }
  return new Map([...grouped].map(([page, pageBlocks]) => [page, ocrPageOf(pageBlocks)]));
}

/**
 * An engine for one stored PDF: the first scanned page starts the job for the whole document, and every
 * scanned page is then answered from its result. A page Textract returned nothing for reads as empty.
 * @example await readPdf(bytes, { ocr: textractDocumentEngine(client, { bucket, key }, { pollMs: 1_000, maxPollMs: 5_000 }) })
 */
export function textractDocumentEngine(
  client: Pick<TextractClient, 'send'>,
  document: StoredDocument,
  options: TextractDocumentOptions,
): OcrEngine {
  let pages: Promise<Map<number, OcrPage>> | null = null;
  const read = async (): Promise<Map<number, OcrPage>> => {
    const started = await client.send(
      new StartDocumentTextDetectionCommand({
        DocumentLocation: {
          S3Object: { Bucket: document.bucket, Name: document.key, ...(document.versionId ? { Version: document.versionId } : {}) },
        },
        ClientRequestToken: requestToken(document),
        // The completion names the object but not its version: the tag lets the resume check it is this one.
        JobTag: requestToken(document),
        ...(options.notification
          ? { NotificationChannel: { SNSTopicArn: options.notification.topicArn, RoleArn: options.notification.roleArn } }
          : {}),
      }),
    );
    if (!started.JobId) throw new NoticeCheckError('TRANSIENT', 'Text recognition of the scanned pages did not start; it will be retried.');
    return byPage(await jobBlocks(client, { jobId: started.JobId, jobTag: requestToken(document) }, options));
  };
  return {
    name: 'textract',
    async recognise(image): Promise<OcrPage> {
      pages ??= read();
      // A failed job is not kept: the next document read (a retry) starts again.
      pages.catch(() => {
        pages = null;
      });
      return (await pages).get(image.page) ?? { lines: [], meanConfidence: 0 };
    },
    close: async () => undefined,
  };
}

/**
 * An engine answering from a job that has already finished (the ocrComplete function resumes a document
 * with it): its result pages are fetched, nothing is started.
 * @example textractJobEngine(client, 'job-1', { pollMs: 1_000, maxPollMs: 5_000 })
 */
export function textractJobEngine(client: Pick<TextractClient, 'send'>, jobId: string, options: TextractDocumentOptions): OcrEngine {
  let pages: Promise<Map<number, OcrPage>> | null = null;
  return {
    name: 'textract',
    async recognise(image): Promise<OcrPage> {
      pages ??= jobBlocks(client, { jobId }, { ...options, handOffAfterMs: undefined }).then(byPage);
      return (await pages).get(image.page) ?? { lines: [], meanConfidence: 0 };
    },
    close: async () => undefined,
  };
}

/**
 * Textract for one stored document: a scan of one page is read synchronously from its image (quicker, and
 * no job to wait for), a scan of more pages in one asynchronous job from S3.
 * @example createTextractEngine(client, opts).forDocument?.({ bucket, key }) // the engine for that PDF
 */
export function perDocumentTextract(pageEngine: OcrEngine, documentEngine: () => OcrEngine): OcrEngine {
  let whole: OcrEngine | null = null;
  return {
    name: 'textract',
    recognise(image) {
      if ((image.pages ?? 1) <= 1) return pageEngine.recognise(image);
      whole ??= documentEngine();
      return whole.recognise(image);
    },
    close: async () => undefined,
  };
}
