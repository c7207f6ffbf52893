import { Worker } from 'node:worker_threads';
import type { ExtractedText } from '../domain/types.ts';
import { isNoticeCheckError, NoticeCheckError } from '../errors.ts';
import { detectType } from './detect-type.ts';
import { type ExtractOptions, extractText } from './extract-text.ts';
import type { ExtractJob, FromWorker, ToWorker } from './extract-worker-messages.ts';
import { type ParseLimits, parseLimits } from './parse-limits.ts';
import { DEFAULT_MAX_BYTES } from './size-limit.ts';

export interface BoundedExtractOptions extends Omit<ExtractOptions, 'limits'> {
  limits?: Partial<ParseLimits>;
  /** The worker's entry file; by default the one beside this module (sources) or beside the bundle. */
  workerUrl?: URL;
}

/**
 * From the TypeScript sources (vitest, tsx, Node's type stripping) the worker is the .ts file beside this one;
 * in a bundle, import.meta.url is the bundle's own file, and the worker is bundled beside it as
 * extract-worker.mjs (esbuild/extract-worker-plugin.cjs for the Lambda functions, `npm run build:cli` for the CLI).
 */
export const defaultWorkerUrl = (): URL =>
  new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.mjs', import.meta.url);

/** The wall-clock budget of one document, paused while the calling thread runs OCR for the worker. */
function pausableTimer(ms: number, onExpiry: () => void) {
  let remaining = ms;
  let startedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let pauses = 0;
  const start = () => {
    startedAt = performance.now();
    timer = setTimeout(onExpiry, remaining);
  };
  start();
  return {
    pause() {
      pauses += 1;
      if (pauses > 1) return;
      clearTimeout(timer);
      remaining -= performance.now() - startedAt;
    },
    resume() {
      pauses -= 1;
      if (pauses === 0) start();
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * Plain text costs one linear decode of at most the upload limit, and an empty or oversized file is refused
 * before any parsing: neither needs a worker, whose start (loading pdf.js) costs far more than reading them.
 */
function readsInThread(bytes: Uint8Array, options: BoundedExtractOptions): boolean {
  if (bytes.byteLength === 0 || bytes.byteLength > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return true;
  try {
    return detectType(bytes, options) === 'txt';
  } catch {
    return true; // extractText throws the same NOT_A_PDF or UNSUPPORTED_TYPE before parsing anything
  }
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/**
 * extractText in a worker thread with a capped heap and a wall-clock limit enforced by terminating the worker,
 * so a parser that never yields (pdf.js on 20,000 pages) is still stopped, and one that runs out of memory
 * ends the worker, not the process. Page, decoded-byte and inflated-byte limits apply inside, as in extractText.
 * Throws what extractText throws, and TIMEOUT past `limits.timeoutMs`, TOO_COMPLEX past `limits.maxHeapMb`.
 * @example await extractTextBounded(bytes, { fileName: 'msa.pdf', limits: { timeoutMs: 20_000 } }) // { text: '...', pages: 12, ... }
 */
export async function extractTextBounded(bytes: Uint8Array, options: BoundedExtractOptions): Promise<ExtractedText> {
  const limits = parseLimits(options.limits);
  const { fileName, ocr } = options;
  if (readsInThread(bytes, options)) {
    const { workerUrl: _, ...inThread } = options;
    return extractText(bytes, { ...inThread, limits });
  }
  const job: ExtractJob = {
    bytes,
    fileName,
    limits: { maxPages: limits.maxPages, maxDecodedBytes: limits.maxDecodedBytes, maxInflatedBytes: limits.maxInflatedBytes },
    ...(options.contentType ? { contentType: options.contentType } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(ocr ? { ocrEngine: ocr.name } : {}),
  };
  return new Promise<ExtractedText>((resolve, reject) => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl(), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      timer.stop();
      void worker.terminate();
      outcome();
    };
    const timer = pausableTimer(limits.timeoutMs, () =>
      settle(() =>
        reject(
          new NoticeCheckError(
            'TIMEOUT',
            `${fileName} could not be read within ${seconds(limits.timeoutMs)} and reading was stopped. It may be damaged or built to be slow to open: save or print it to a new PDF and upload that copy.`,
            { details: { limitMs: limits.timeoutMs } },
          ),
        ),
      ),
    );
    const send = (message: ToWorker) => {
      if (!settled) worker.postMessage(message);
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'done') settle(() => resolve(message.text));
      else if (message.type === 'failed') {
        const { code, message: text, details } = message.error;
        const error = code ? new NoticeCheckError(code, text, details ? { details } : {}) : new Error(`reading ${fileName}: ${text}`);
        settle(() => reject(error));
      } else if (ocr) {
        timer.pause();
        ocr
          .recognise(message.image)
          .then(
            (page) => send({ type: 'ocr-result', id: message.id, page }),
            (error: unknown) => {
              // An OCR engine's own verdict (TIMEOUT when the time left runs out) is the document's outcome: the
              // worker would only report it as an unreadable file.
              if (isNoticeCheckError(error)) settle(() => reject(error));
              else send({ type: 'ocr-failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
            },
          )
          .finally(() => timer.resume());
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle(() =>
          reject(
            new NoticeCheckError(
              'TOO_COMPLEX',
              `${fileName} needs more than ${limits.maxHeapMb.toLocaleString('en-US')} MB of memory to open, far more than a contract needs. Save or print it to a new file and upload that copy.`,
              { details: { limitHeapMb: limits.maxHeapMb } },
            ),
          ),
        );
      } else settle(() => reject(error));
    });
    worker.on('exit', (exitCode) => settle(() => reject(new Error(`reading ${fileName}: the reader stopped (exit code ${exitCode})`))));
  });
}
