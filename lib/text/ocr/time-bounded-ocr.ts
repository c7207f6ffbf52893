import { NoticeCheckError } from '../../errors.ts';
import type { OcrEngine, OcrPage, StoredDocument } from './ocr-engine.ts';

export interface TimeBounds {
  /** Milliseconds the caller has left (Lambda's `context.getRemainingTimeInMillis`). */
  remainingMs(): number;
  /** Kept back for what follows the reading: analysis, the writes, and recording a failure. */
  reserveMs: number;
  /** The longest a page is expected to take; a page is not started with less than this left. */
  pageMs: number;
}

const timeoutError = (page: number, leftMs: number): NoticeCheckError =>
  new NoticeCheckError(
    'TIMEOUT',
    `Reading scanned page ${page} would take longer than the ${Math.max(0, Math.round(leftMs / 1000))} s left. Split the document into smaller files, or upload a copy with a text layer.`,
    { details: { page } },
  );

/**
 * An engine that stops before the caller runs out of time: a page is started only when `pageMs` fits
 * before the reserve, and a page still running when the reserve is reached fails with TIMEOUT. Lambda
 * kills a function at its timeout in the middle of whatever it was doing; failing a little earlier
 * lets the document be recorded as failed, with a reason the user can act on.
 * @example withinTime(engine, { remainingMs: () => context.getRemainingTimeInMillis(), reserveMs: 10_000, pageMs: 8_000 })
 */
export function withinTime(engine: OcrEngine, bounds: TimeBounds): OcrEngine {
  const forDocument = engine.forDocument?.bind(engine);
  return {
    ...(forDocument ? { forDocument: (document: StoredDocument) => withinTime(forDocument(document), bounds) } : {}),
    name: engine.name,
    async recognise(image): Promise<OcrPage> {
      const usable = bounds.remainingMs() - bounds.reserveMs;
      if (usable < bounds.pageMs) throw timeoutError(image.page, usable);
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(timeoutError(image.page, usable)), usable);
      });
      const reading = engine.recognise(image);
      reading.catch(() => undefined);
      return Promise.race([reading, expired]).finally(() => clearTimeout(timer));
    },
    close: () => engine.close(),
  };
}
