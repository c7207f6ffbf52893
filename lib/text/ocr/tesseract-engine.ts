import { createRequire } from 'node:module';
import { createWorker, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrPage } from './ocr-engine.ts';

const require = createRequire(import.meta.url);

/**
 * The folder of the English data shipped in the @tesseract.js-data/eng package. A file-system path (not a
 * URL) makes tesseract.js read the data from disk; with `cacheMethod: 'none'` it neither fetches nor writes
 * a cache, so OCR works with no network at all.
 */
export const ENGLISH_DATA_PATH: string = (require('@tesseract.js-data/eng') as { langPath: string }).langPath;

/**
 * tesseract.js as the OCR engine: one worker, created on first use and kept for the following pages.
 * Pages are auto-rotated (`rotateAuto`: tesseract's orientation and skew detection) before recognition, so a
 * scan fed in upside down or a few degrees askew is read as upright.
 * @example const engine = createTesseractEngine(); (await engine.recognise({ bytes: png, page: 1 })).meanConfidence // 91
 */
export function createTesseractEngine(): OcrEngine {
  let worker: Promise<Worker> | null = null;
  const ready = (): Promise<Worker> => {
    worker ??= createWorker('eng', 1, { langPath: ENGLISH_DATA_PATH, cacheMethod: 'none', gzip: true });
    return worker;
  };
  return {
    name: 'tesseract',
    async recognise(image): Promise<OcrPage> {
      const { data } = await (await ready()).recognize(Buffer.from(image.bytes), { rotateAuto: true }, { blocks: true, text: true });
      const lines = (data.blocks ?? []).flatMap((block) =>
        block.paragraphs.flatMap((paragraph) =>
          paragraph.lines.map((line) => line.words.map((word) => ({ text: word.text, confidence: word.confidence }))),
        ),
      );
      return { lines: lines.filter((line) => line.length > 0), meanConfidence: data.confidence };
    },
    async close(): Promise<void> {
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
}
