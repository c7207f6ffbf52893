/**
 * Hostile documents, generated here at run time and never committed, each end with its stable code and a
 * message a person can act on, read the way the service and the CLI read uploads (in the reader process).
 * Small limits (the options every caller can set) keep each case to seconds; the defaults are covered by
 * the limits' own tests. The time bound is a hang guard, far above what a case takes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTextBounded } from '../../lib/text/extract-text-bounded.ts';
import type { OcrEngine } from '../../lib/text/ocr/ocr-engine.ts';
import type { ParseLimits } from '../../lib/text/parse-limits.ts';
import {
  denseParagraphs,
  docxOf,
  flateOverLzwPdf,
  manyPagesPdf,
  nestedFlatePdf,
  nestedForwardEml,
  pageOfImagesPdf,
  withDeclaredSizes,
} from './hostile/make-hostile.ts';

const MB = 1024 * 1024;
const HANG_GUARD_MS = 30_000;

/** A message for a person: names the file, says what to do, and carries no code, stack or V8 text. */
const plainMessage = (fileName: string) => expect.stringMatching(new RegExp(`^${fileName.replace('.', '\\.')} [^\\n]+\\.$`));

async function expectRefused(bytes: Uint8Array, fileName: string, code: string, limits: Partial<ParseLimits>, maxBytes?: number) {
  const started = performance.now();
  const error = await extractTextBounded(bytes, { fileName, limits, ...(maxBytes ? { maxBytes } : {}) }).then(
    () => null,
    (e: unknown) => e as { code?: string; message: string },
  );
  expect(error).toMatchObject({ name: 'NoticeCheckError', code, message: plainMessage(fileName) });
  expect(error?.message).not.toMatch(/TOO_|TIMEOUT|FATAL|heap out of memory|\n\s+at /);
  expect(performance.now() - started).toBeLessThan(HANG_GUARD_MS);
  return error;
}

let hundredMbDocx: Uint8Array;
beforeAll(async () => {
  hundredMbDocx = await docxOf(' '.repeat(100 * MB));
}, 60_000);

describe('a hostile document is refused with its code, in bounded time', { timeout: 60_000 }, () => {
  it('a PDF of three nested FlateDecode filters (256 MB from under 1 KB): TOO_COMPLEX', async () => {
    const bomb = await nestedFlatePdf(256 * MB);
    expect(bomb.length).toBeLessThan(4096);
    const error = await expectRefused(bomb, 'nested.pdf', 'TOO_COMPLEX', { maxDecodedBytes: 16 * MB });
    expect(error?.message).toContain('expands to more than 16 MB');
  });

  it('a PDF of Flate over LZW (1 GB from 6 KB): TOO_COMPLEX', async () => {
    await expectRefused(flateOverLzwPdf('Notice', 1024 * MB), 'lzw.pdf', 'TOO_COMPLEX', { maxDecodedBytes: 16 * MB });
  });

  it('a 100 KB .docx whose document.xml inflates to 100 MB, declared honestly: TOO_COMPLEX from its directory', async () => {
    expect(hundredMbDocx.length).toBeLessThan(200_000);
    const error = await expectRefused(hundredMbDocx, 'big.docx', 'TOO_COMPLEX', { maxInflatedBytes: 16 * MB });
    expect(error?.message).toContain('would expand to 100 MB');
  });

  it('the same .docx declaring 1 KB entries: TOO_COMPLEX once inflation passes the limit', async () => {
    const lying = withDeclaredSizes(hundredMbDocx, 1024);
    const error = await expectRefused(lying, 'lying.docx', 'TOO_COMPLEX', { maxInflatedBytes: 16 * MB });
    expect(error?.message).toContain('more than 16 MB');
  });

  it('a dense .docx within the inflate limit that needs far more heap than the reader has: TOO_COMPLEX, and the caller lives on', async () => {
    // 48 MB of one-letter paragraphs: under the 64 MB inflate default, and over 1 GB of heap in the parser.
    const dense = await docxOf(denseParagraphs(48 * MB));
    const error = await expectRefused(dense, 'dense.docx', 'TOO_COMPLEX', { maxHeapMb: 128 });
    expect(error?.message).toContain('needs more than 128 MB of memory');
    const fine = await docxOf('<w:p><w:r><w:t>Notice of termination</w:t></w:r></w:p>');
    expect((await extractTextBounded(fine, { fileName: 'after.docx' })).text).toBe('Notice of termination');
  });

  it('a PDF of 20,000 pages: TOO_COMPLEX before a page is read', async () => {
    const error = await expectRefused(manyPagesPdf(20_000), 'pages.pdf', 'TOO_COMPLEX', { maxPages: 2_000 });
    expect(error?.message).toContain('20,000 pages');
  });

  it('the same PDF with the page limit lifted keeps pdf.js busy without yielding: TIMEOUT when the time is up', async () => {
    const error = await expectRefused(manyPagesPdf(20_000), 'slow.pdf', 'TIMEOUT', { maxPages: 1_000_000, timeoutMs: 2_000 });
    expect(error?.message).toContain('could not be read within 2 s');
  });

  it('a scanned page image of more pixels than the limit is never decoded for OCR: NO_TEXT, the engine not asked', async () => {
    const asked: number[] = [];
    const ocr: OcrEngine = {
      name: 'tesseract',
      recognise: async (image) => {
        asked.push(image.bytes.length);
        return { lines: [[{ text: 'Notice of termination under section 12', confidence: 95 }]], meanConfidence: 95 };
      },
      close: async () => undefined,
    };
    // 2,000 x 2,000 pixels: 4 million, over a 1 million limit and within the default.
    const scan = await pageOfImagesPdf(2_000);
    const error = await extractTextBounded(scan, { fileName: 'huge-image.pdf', ocr, limits: { maxImagePixels: 1_000_000 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'NO_TEXT' });
    expect(asked).toEqual([]);
    const read = await extractTextBounded(scan, { fileName: 'scan.pdf', ocr });
    expect(asked).toHaveLength(1);
    expect(read.text).toContain('Notice of termination under section 12');
  });

  it('an email forwarding emails as attachments 10,000 levels deep: TOO_COMPLEX, not parsed level by level', async () => {
    const deep = nestedForwardEml(10_000);
    expect(deep.length).toBeLessThan(2 * MB);
    const error = await expectRefused(deep, 'deep.eml', 'TOO_COMPLEX', {});
    expect(error?.message).toContain('more than 3 levels deep');
  });

  it('a file over the upload size: TOO_LARGE without starting the reader', async () => {
    const error = await expectRefused(manyPagesPdf(2_000), 'huge.pdf', 'TOO_LARGE', {}, 64 * 1024);
    expect(error?.message).toContain('the limit is 0.1 MB');
  });
});
