import { createRequire } from 'node:module';
import { createWorker, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrPage } from './ocr-engine.ts';
import { quarterTurnedPng } from './quarter-turn.ts';

const require = createRequire(import.meta.url);

/**
 * The folder of the English data shipped in the @tesseract.js-data/eng package. A file-system path (not a
 * URL) makes tesseract.js read the data from disk; with `cacheMethod: 'none'` it neither fetches nor writes
 * a cache, so OCR works with no network at all.
 */
export const ENGLISH_DATA_PATH: string = (require('@tesseract.js-data/eng') as { langPath: string }).langPath;

/**
 * Below this mean confidence a page may be sideways or upside down. tesseract's `rotateAuto` straightens a
 * page a few degrees askew only, and its orientation detection needs the legacy engine's data, which the
 * English package does not ship; an upright letter reads at 85–95, the same page upside down at about 40.
 */
const TRY_OTHER_ORIENTATIONS_BELOW = 60;

/** Half a turn first: a page fed in upside down is the commonest mistake, then each way sideways. */
const OTHER_ORIENTATIONS = [2, 1, 3] as const;

/**
 * tesseract.js as the OCR engine: one worker, created on first use and kept for the following pages.
 * Pages are straightened (`rotateAuto`) before recognition, so a scan a few degrees askew is read level; a
 * page that reads badly is read again turned upside down and each way sideways, and the reading with the
 * highest confidence is kept, so a page scanned sideways or upside down is read upright.
 * @example const engine = createTesseractEngine(); (await engine.recognise({ bytes: png, page: 1 })).meanConfidence // 91
 */
export function createTesseractEngine(): OcrEngine {
  let worker: Promise<Worker> | null = null;
  const ready = (): Promise<Worker> => {
    // tesseract prints its working notes ("Estimating resolution as 203") on stderr: not for the user.
    worker ??= createWorker('eng', 1, { langPath: ENGLISH_DATA_PATH, cacheMethod: 'none', gzip: true }).then(async (created) => {
      await created.setParameters({ debug_file: '/dev/null' });
      return created;
    });
    return worker;
  };
  const read = async (png: Uint8Array): Promise<OcrPage> => {
    const { data } = await (await ready()).recognize(Buffer.from(png), { rotateAuto: true }, { blocks: true, text: true });
    const lines = (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line) => line.words.map((word) => ({ text: word.text, confidence: word.confidence }))),
      ),
    );
    return { lines: lines.filter((line) => line.length > 0), meanConfidence: data.confidence };
  };
  return {
    name: 'tesseract',
    async recognise(image): Promise<OcrPage> {
      let best = await read(image.bytes);
      for (const turns of OTHER_ORIENTATIONS) {
        if (best.meanConfidence >= TRY_OTHER_ORIENTATIONS_BELOW) break;
        const turned = quarterTurnedPng(image.bytes, turns);
        if (!turned) break;
        const reading = await read(turned);
        if (reading.meanConfidence > best.meanConfidence) best = reading;
      }
      return best;
    },
    async close(): Promise<void> {
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
}
