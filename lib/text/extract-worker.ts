/**
 * The child process of extractTextBounded: reads one document and sends its text or its error. Its own
 * entry file so that it can be bundled on its own (next to the ingest bundle, and next to the CLI's).
 */
import { isNoticeCheckError } from '../errors.ts';
import { extractText } from './extract-text.ts';
import type { ExtractJob, FromWorker, ToWorker, WorkerFailure } from './extract-worker-messages.ts';
import type { OcrEngine, OcrPage } from './ocr/ocr-engine.ts';

if (!process.send) throw new Error('extract-worker runs only as a child process with an IPC channel');

const send = (message: FromWorker): void => {
  process.send?.(message);
};
const waiting = new Map<number, { resolve: (page: OcrPage) => void; reject: (error: Error) => void }>();

/** An OcrEngine that asks the parent process to read each page. */
function remoteOcr(name: OcrEngine['name']): OcrEngine {
  let next = 0;
  return {
    name,
    recognise: (image) =>
      new Promise<OcrPage>((resolve, reject) => {
        next += 1;
        waiting.set(next, { resolve, reject });
        send({ type: 'ocr', id: next, image });
      }),
    close: async () => undefined,
  };
}

const failureOf = (error: unknown): WorkerFailure =>
  isNoticeCheckError(error)
    ? { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }
    : { code: null, message: error instanceof Error ? error.message : String(error) };

async function run(job: ExtractJob): Promise<void> {
  try {
    const text = await extractText(job.bytes, {
      fileName: job.fileName,
      limits: job.limits,
      ...(job.contentType ? { contentType: job.contentType } : {}),
      ...(job.maxBytes ? { maxBytes: job.maxBytes } : {}),
      ...(job.ocrEngine ? { ocr: remoteOcr(job.ocrEngine) } : {}),
    });
    send({ type: 'done', text });
  } catch (error) {
    send({ type: 'failed', error: failureOf(error) });
  }
}

process.on('message', (message: ToWorker) => {
  if (message.type === 'job') {
    void run(message.job);
    return;
  }
  const pending = waiting.get(message.id);
  waiting.delete(message.id);
  if (message.type === 'ocr-result') pending?.resolve(message.page);
  else pending?.reject(new Error(message.message));
});
