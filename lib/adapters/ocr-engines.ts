/**
 * The OCR engine the configuration names: Amazon Textract on AWS (nothing to load, billed per page; a scan
 * of one page synchronously, a longer stored scan in one asynchronous job), tesseract locally and in tests
 * (English data from disk, started only when a page needs it).
 */
import type { TextractClient } from '@aws-sdk/client-textract';
import type { Config } from '../config.ts';
import { lazyTesseractEngine } from '../text/ocr/lazy-tesseract.ts';
import type { OcrEngine } from '../text/ocr/ocr-engine.ts';
import { textractClient } from './textract-client.ts';
import { perDocumentTextract, type TextractDocumentOptions, textractDocumentEngine, textractJobEngine } from './textract-document.ts';
import { createTextractEngine } from './textract-engine.ts';

/**
 * The time a page should be given: Textract's synchronous call usually answers a page in 1–3 s; tesseract
 * takes about 2.5 s a page on one free core, more on a busy one.
 */
export const PAGE_MS: Record<OcrEngine['name'], number> = { textract: 6_000, tesseract: 8_000 };

/** Textract calls slower than this are abandoned as TRANSIENT (a retry may find Textract faster). */
const TEXTRACT_CALL_MS = 20_000;

const JOB_POLLING = { pollMs: 1_000, maxPollMs: 5_000 };

type TextractSettings = Pick<Config, 'textractNotification' | 'textractHandOffMs'>;

/**
 * Textract over a given client: a scan of one page read synchronously, a longer stored scan in one job.
 * With a completion channel, a job still running after `textractHandOffMs` is handed off (OCR_PENDING) and
 * the ocrComplete function resumes the document when Textract announces the job's end.
 * @example textractOcr(textractClient(config), config).forDocument?.({ bucket, key }).name // 'textract'
 */
export function textractOcr(
  client: Pick<TextractClient, 'send'>,
  settings: TextractSettings,
  sleep?: (ms: number) => Promise<void>,
): OcrEngine {
  const pageEngine = createTextractEngine(client, { timeoutMs: TEXTRACT_CALL_MS });
  const job: TextractDocumentOptions = {
    ...JOB_POLLING,
    ...(settings.textractNotification ? { notification: settings.textractNotification, handOffAfterMs: settings.textractHandOffMs } : {}),
    ...(sleep ? { sleep } : {}),
  };
  return { ...pageEngine, forDocument: (document) => perDocumentTextract(pageEngine, () => textractDocumentEngine(client, document, job)) };
}

/**
 * Textract for resuming a document whose multi-page job has finished, over a given client: its scanned pages
 * are answered from that job's result, nothing is started; a scan of one page is still read synchronously.
 * @example textractResumeOcr(textractClient(config), 'job-1').forDocument?.({ bucket, key })
 */
export function textractResumeOcr(client: Pick<TextractClient, 'send'>, jobId: string): OcrEngine {
  const pageEngine = createTextractEngine(client, { timeoutMs: TEXTRACT_CALL_MS });
  return { ...pageEngine, forDocument: () => perDocumentTextract(pageEngine, () => textractJobEngine(client, jobId, JOB_POLLING)) };
}

/**
 * @example ocrEngineFor(loadConfig({ ...env, OCR_ENGINE: 'textract' }))?.name // 'textract'
 */
export function ocrEngineFor(config: Pick<Config, 'ocrEngine' | 'region' | 'endpoints'> & TextractSettings): OcrEngine | undefined {
  switch (config.ocrEngine) {
    case 'textract':
      return textractOcr(textractClient(config), config);
    case 'tesseract':
      return lazyTesseractEngine();
    case 'none':
      return undefined;
  }
}

/**
 * Textract for resuming a document whose multi-page job has finished (the ocrComplete function).
 * @example textractResumeEngine(config, 'job-1').forDocument?.({ bucket, key })
 */
export function textractResumeEngine(config: Pick<Config, 'region' | 'endpoints'>, jobId: string): OcrEngine {
  return textractResumeOcr(textractClient(config), jobId);
}
