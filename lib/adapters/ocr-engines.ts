/**
 * The OCR engine the configuration names: Amazon Textract on AWS (nothing to load, billed per page; a scan
 * of one page synchronously, a longer stored scan in one asynchronous job), tesseract locally and in tests
 * (English data from disk, started only when a page needs it).
 */
import type { Config } from '../config.ts';
import { lazyTesseractEngine } from '../text/ocr/lazy-tesseract.ts';
import type { OcrEngine } from '../text/ocr/ocr-engine.ts';
import { textractClient } from './textract-client.ts';
import { perDocumentTextract, textractDocumentEngine, textractJobEngine } from './textract-document.ts';
import { createTextractEngine } from './textract-engine.ts';

/**
 * The time a page should be given: Textract's synchronous call usually answers a page in 1–3 s; tesseract
 * takes about 2.5 s a page on one free core, more on a busy one.
 */
export const PAGE_MS: Record<OcrEngine['name'], number> = { textract: 6_000, tesseract: 8_000 };

/** Textract calls slower than this are abandoned as TRANSIENT (a retry may find Textract faster). */
const TEXTRACT_CALL_MS = 20_000;

/**
 * How long ingest waits for a multi-page job before handing it off to the ocrComplete function: well inside
 * the 60 s ingest timeout less its 10 s reserve, with room for the pages read before the first scanned one.
 */
export const TEXTRACT_HAND_OFF_MS = 25_000;

const JOB_POLLING = { pollMs: 1_000, maxPollMs: 5_000 };

/**
 * @example ocrEngineFor(loadConfig({ ...env, OCR_ENGINE: 'textract' }))?.name // 'textract'
 */
export function ocrEngineFor(config: Pick<Config, 'ocrEngine' | 'region' | 'endpoints' | 'textractNotification'>): OcrEngine | undefined {
  switch (config.ocrEngine) {
    case 'textract': {
      const client = textractClient(config);
      const pageEngine = createTextractEngine(client, { timeoutMs: TEXTRACT_CALL_MS });
      const job = {
        ...JOB_POLLING,
        // No hand-off yet (TEXTRACT_HAND_OFF_MS): it needs the ingest use case to keep OCR_PENDING documents
        // PENDING and the ocrComplete function to resume them; until both exist ingest waits as before.
        ...(config.textractNotification ? { notification: config.textractNotification } : {}),
      };
      return {
        ...pageEngine,
        forDocument: (document) => perDocumentTextract(pageEngine, () => textractDocumentEngine(client, document, job)),
      };
    }
    case 'tesseract':
      return lazyTesseractEngine();
    case 'none':
      return undefined;
  }
}

/**
 * Textract for resuming a document whose multi-page job has finished: its scanned pages are answered from
 * that job's result; a scan of one page is still read synchronously.
 * @example textractResumeEngine(config, 'job-1').forDocument?.({ bucket, key })
 */
export function textractResumeEngine(config: Pick<Config, 'region' | 'endpoints'>, jobId: string): OcrEngine {
  const client = textractClient(config);
  const pageEngine = createTextractEngine(client, { timeoutMs: TEXTRACT_CALL_MS });
  return { ...pageEngine, forDocument: () => perDocumentTextract(pageEngine, () => textractJobEngine(client, jobId, JOB_POLLING)) };
}
