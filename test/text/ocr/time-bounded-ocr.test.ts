import { describe, expect, it } from 'vitest';
import { NoticeCheckError } from '../../../lib/errors.ts';
import type { OcrEngine, OcrPage } from '../../../lib/text/ocr/ocr-engine.ts';
import { withinTime } from '../../../lib/text/ocr/time-bounded-ocr.ts';

const PAGE: OcrPage = { lines: [[{ text: 'Notice', confidence: 95 }]], meanConfidence: 95 };

/** An engine that counts its pages and answers with `answer` (a promise that may never settle). */
function fakeEngine(answer: () => Promise<OcrPage>): OcrEngine & { pages: number } {
  const engine = {
    name: 'tesseract' as const,
    pages: 0,
    recognise: async () => {
      engine.pages += 1;
      return answer();
    },
    close: async () => undefined,
  };
  return engine;
}

const image = { bytes: new Uint8Array([1]), page: 3 };

describe('OCR within the time left', () => {
  it('reads a page when it fits before the reserve', async () => {
    const engine = fakeEngine(async () => PAGE);
    const bounded = withinTime(engine, { remainingMs: () => 60_000, reserveMs: 10_000, pageMs: 8_000 });
    expect(await bounded.recognise(image)).toEqual(PAGE);
    expect(bounded.name).toBe('tesseract');
  });

  it('does not start a page that would not fit: TIMEOUT naming the page, the engine untouched', async () => {
    const engine = fakeEngine(async () => PAGE);
    const bounded = withinTime(engine, { remainingMs: () => 15_000, reserveMs: 10_000, pageMs: 8_000 });
    const error = await bounded.recognise(image).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoticeCheckError);
    expect(error).toMatchObject({ code: 'TIMEOUT', details: { page: 3 } });
    expect((error as Error).message).toMatch(/page 3 .*5 s left/);
    expect(engine.pages).toBe(0);
  });

  it('a page still running when the reserve is reached fails with TIMEOUT instead of waiting', async () => {
    const engine = fakeEngine(() => new Promise<OcrPage>(() => undefined));
    const bounded = withinTime(engine, { remainingMs: () => 10_050, reserveMs: 10_000, pageMs: 0 });
    await expect(bounded.recognise(image)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(engine.pages).toBe(1);
  });

  it("the engine's own errors pass through unchanged", async () => {
    const failure = new NoticeCheckError('TRANSIENT', 'Text recognition of page 3 did not finish');
    const bounded = withinTime(
      fakeEngine(async () => Promise.reject(failure)),
      { remainingMs: () => 60_000, reserveMs: 10_000, pageMs: 8_000 },
    );
    await expect(bounded.recognise(image)).rejects.toBe(failure);
  });
});
