/**
 * A tesseract engine loaded only when a page needs OCR: most documents have a text layer, and tesseract.js
 * (its module and its worker with the English data) costs time at start that a text PDF should not pay.
 */
import type { OcrEngine, OcrPage, PageImage } from './ocr-engine.ts';

/**
 * An OcrEngine that imports and starts tesseract on the first page it is given; `close()` is cheap when it
 * never started.
 * @example const ocr = lazyTesseractEngine(); await readPdf(bytes, { ocr }); await ocr.close();
 */
export function lazyTesseractEngine(): OcrEngine {
  let engine: Promise<OcrEngine> | null = null;
  const started = (): Promise<OcrEngine> => {
    engine ??= import('./tesseract-engine.ts').then(({ createTesseractEngine }) => createTesseractEngine());
    return engine;
  };
  return {
    name: 'tesseract',
    async recognise(image: PageImage): Promise<OcrPage> {
      return (await started()).recognise(image);
    },
    async close(): Promise<void> {
      if (engine) await (await engine).close();
    },
  };
}
