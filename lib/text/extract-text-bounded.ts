import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExtractedText } from '../domain/types.ts';
import { isNoticeCheckError, NoticeCheckError } from '../errors.ts';
import { detectType } from './detect-type.ts';
import { type ExtractOptions, extractText } from './extract-text.ts';
import type { ExtractJob, FromWorker, ToWorker } from './extract-worker-messages.ts';
import { type ParseLimits, parseLimits } from './parse-limits.ts';
import { watchResidentMemory } from './reader-memory.ts';
import { DEFAULT_MAX_BYTES } from './size-limit.ts';

export interface BoundedExtractOptions extends Omit<ExtractOptions, 'limits'> {
  limits?: Partial<ParseLimits>;
  /** The reader's entry file; by default the one beside this module (sources) or beside the bundle. */
  workerUrl?: URL;
  /**
   * Told the reader process's id once it is started (never for a file read in this thread), so that a caller
   * can watch what the reader costs (the benchmark reads its memory from /proc); it changes nothing in the reading.
   */
  onReaderStarted?: (pid: number) => void;
}

/**
 * From the TypeScript sources (vitest, tsx, Node's type stripping) the reader is the .ts file beside this one;
 * in a bundle, import.meta.url is the bundle's own file, and the worker is bundled beside it as
 * extract-worker.mjs (esbuild/extract-worker-plugin.cjs for the Lambda functions, `npm run build:cli` for the CLI).
 */
export const defaultWorkerUrl = (): URL =>
  new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.mjs', import.meta.url);

/** The wall-clock budget of one document, paused while the calling process runs OCR for the reader. */
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
 * before any parsing: neither needs a child process, whose start (loading pdf.js) costs far more than reading them.
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

/** V8 reports a heap limit it could not stay under on stderr before aborting. */
const OUT_OF_MEMORY = /heap out of memory|allocation failed/i;

const needsMoreMemory = (fileName: string, limitMb: number, details: Record<string, number>): NoticeCheckError =>
  new NoticeCheckError(
    'TOO_COMPLEX',
    `${fileName} needs more than ${limitMb.toLocaleString('en-US')} MB of memory to open, far more than a contract needs. Save or print it to a new file and upload that copy.`,
    { details },
  );

/**
 * extractText in a child process with a capped heap and a wall-clock limit enforced by killing it, so a
 * parser that never yields (pdf.js on 20,000 pages) is still stopped, and one that runs out of memory ends
 * its own process, not the caller's. A child process rather than a worker thread: V8 aborts the whole process
 * when a worker's heap limit is passed by one large allocation (nodejs/node#47224), which a bomb can arrange.
 * Page, decoded-byte, image-pixel and inflated-byte limits apply inside, as in extractText; the child's whole
 * resident memory is watched from here (the heap flag does not cap its buffers).
 * Throws what extractText throws, and TIMEOUT past `limits.timeoutMs`, TOO_COMPLEX past `limits.maxHeapMb` or
 * `limits.maxReaderMb`.
 * @example await extractTextBounded(bytes, { fileName: 'msa.pdf', limits: { timeoutMs: 20_000 } }) // { text: '...', pages: 12, ... }
 */
export async function extractTextBounded(bytes: Uint8Array, options: BoundedExtractOptions): Promise<ExtractedText> {
  const limits = parseLimits(options.limits);
  const { fileName, ocr } = options;
  if (readsInThread(bytes, options)) {
    const { workerUrl: _, onReaderStarted: __, ...inThread } = options;
    return extractText(bytes, { ...inThread, limits });
  }
  const job: ExtractJob = {
    bytes,
    fileName,
    limits: {
      maxPages: limits.maxPages,
      maxDecodedBytes: limits.maxDecodedBytes,
      maxImagePixels: limits.maxImagePixels,
      maxInflatedBytes: limits.maxInflatedBytes,
    },
    ...(options.contentType ? { contentType: options.contentType } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(ocr ? { ocrEngine: ocr.name } : {}),
  };
  return new Promise<ExtractedText>((resolve, reject) => {
    // execArgv replaces the parent's flags (a test runner's loaders, a larger heap): the child needs none of them.
    const child = fork(fileURLToPath(options.workerUrl ?? defaultWorkerUrl()), [], {
      execArgv: [`--max-old-space-size=${limits.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // No pid: the process could not be started, and the 'error' event below says why.
    const stopWatch =
      child.pid === undefined
        ? () => undefined
        : watchResidentMemory(child.pid, limits.maxReaderMb, () =>
            settle(() => reject(needsMoreMemory(fileName, limits.maxReaderMb, { limitReaderMb: limits.maxReaderMb }))),
          );
    if (child.pid !== undefined) options.onReaderStarted?.(child.pid);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString();
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      timer.stop();
      stopWatch();
      child.kill('SIGKILL');
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
      if (!settled && child.connected) child.send(message);
    };
    child.on('message', (message: FromWorker) => {
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
    child.on('error', (error) => settle(() => reject(error)));
    child.on('exit', (exitCode, signal) => {
      if (OUT_OF_MEMORY.test(stderr)) {
        settle(() => reject(needsMoreMemory(fileName, limits.maxHeapMb, { limitHeapMb: limits.maxHeapMb })));
      } else {
        const how = signal ? `signal ${signal}` : `exit code ${exitCode}`;
        settle(() => reject(new Error(`reading ${fileName}: the reader stopped (${how}) ${stderr.split('\n')[0] ?? ''}`.trim())));
      }
    });
    send({ type: 'job', job });
  });
}
