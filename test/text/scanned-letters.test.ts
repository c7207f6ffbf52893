/**
 * Scanned letters through real OCR (tesseract.js with its English data from disk): the committed scans are
 * the hosting-suspension example letter rendered to images (test/fixtures/scans/make-scans.ts) — a clean
 * scan, a 2° skewed one and a 1-bit fax with speckles — and, made at test time, the clean scan turned upside
 * down and sideways, with grain and dust, and the fax stored as a stencil mask. Each verdict must equal the clean text's, or be NEEDS_REVIEW
 * naming the words it doubts: an OCR'd verdict is never confidently wrong.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLetter } from '../../lib/app/check-letter.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { largestPageImage, type PdfPageLike } from '../../lib/text/ocr/pdf-page-image.ts';
import { greyPng } from '../../lib/text/ocr/png.ts';
import { greyPngPixels, quarterTurnedPng } from '../../lib/text/ocr/quarter-turn.ts';
import { readDocumentFile } from '../../lib/text/read-document-file.ts';
import { imagePdf } from '../fixtures/scans/make-scans.ts';

const path = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const read = (relative: string): Promise<ExtractedText> => readDocumentFile(path(relative));

let agreement: ExtractedText;
let clean: ReturnType<typeof checkLetter>['verdict'];
const scratch = mkdtempSync(join(tmpdir(), 'turned-scans-'));
beforeAll(async () => {
  agreement = await read('examples/hosting-suspension/agreement.pdf');
  clean = checkLetter(agreement, await read('examples/hosting-suspension/letter.txt'), { defaultZone: 'UTC' }).verdict;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The clean scan's page image changed by `change`, as a one-page PDF of the shape the new image has. */
async function cleanScanAs(name: string, change: (png: Uint8Array) => Uint8Array | null): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path('test/fixtures/scans/suspension-scan.pdf'))));
  const image = await largestPageImage((await pdf.getPage(1)) as unknown as PdfPageLike);
  const changed = image && change(image);
  const size = changed && greyPngPixels(changed);
  if (!changed || !size) throw new Error('the clean scan has no page image');
  const out = await PDFDocument.create({ updateMetadata: false });
  const [width, height] = size.width > size.height ? [792, 612] : [612, 792];
  out.addPage([width, height]).drawImage(await out.embedPng(changed), { x: 0, y: 0, width, height });
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, await out.save());
  return file;
}

/** Grain over the whole page and dark specks, from a fixed-seed generator: a dusty, noisy scan, reproducibly. */
function noisy(png: Uint8Array): Uint8Array | null {
  const image = greyPngPixels(png);
  if (!image) return null;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pixels = image.pixels.map((p) => (random() < 0.004 ? 0 : Math.max(0, Math.min(255, Math.round(p + (random() - 0.5) * 90)))));
  return greyPng(pixels, image.width, image.height);
}

/** The verdict a scan gets must be the clean text's, or NEEDS_REVIEW naming words read from the scan. */
function expectCleanVerdictOrDoubtfulWords(verdict: ReturnType<typeof checkLetter>['verdict']): void {
  if (verdict.status === 'NEEDS_REVIEW') {
    expect(verdict.reviewReasons?.some((reason) => /was read (?:with \d+% confidence|from the scan)/.test(reason))).toBe(true);
  } else {
    expect(verdict.status).toBe(clean.status);
    expect(verdict.effectiveAt).toBe(clean.effectiveAt);
  }
}

describe('scanned letters', () => {
  for (const scan of ['suspension-scan.pdf', 'suspension-skewed-scan.pdf', 'suspension-fax.pdf']) {
    it(`${scan}: the clean text's verdict, or NEEDS_REVIEW naming the doubtful words`, { timeout: 60_000 }, async () => {
      const doc = await read(`test/fixtures/scans/${scan}`);
      expect(doc.ocr?.engine).toBe('tesseract');
      expect(doc.text).toMatch(/Acceptable Use Policy/);
      const { verdict } = checkLetter(agreement, doc, { defaultZone: 'UTC' });
      if (verdict.status === 'NEEDS_REVIEW') {
        expect(verdict.reviewReasons?.some((reason) => /was read with \d+% confidence/.test(reason))).toBe(true);
      } else {
        expect(verdict.status).toBe(clean.status);
        expect(verdict.action).toBe(clean.action);
        expect(verdict.noticeGivenAt).toBe(clean.noticeGivenAt);
        expect(verdict.effectiveAt).toBe(clean.effectiveAt);
      }
    });
  }

  it.each([
    ['upside down', 2],
    ['sideways', 1],
  ] as const)(
    'a page scanned %s is read upright: the clean verdict, or NEEDS_REVIEW naming the doubtful words',
    {
      timeout: 90_000,
    },
    async (how, turns) => {
      const doc = await readDocumentFile(await cleanScanAs(how, (png) => quarterTurnedPng(png, turns)));
      expect(doc.text).toMatch(/Acceptable Use Policy/);
      expect(doc.text).toMatch(/Stratoshelf Hosting, Inc\./);
      expectCleanVerdictOrDoubtfulWords(checkLetter(agreement, doc, { defaultZone: 'UTC' }).verdict);
    },
  );

  it('the fax stored as a stencil mask, as some fax software writes it, reads as the fax does', { timeout: 60_000 }, async () => {
    const fax = await getDocumentProxy(new Uint8Array(readFileSync(path('test/fixtures/scans/suspension-fax.pdf'))));
    const png = await largestPageImage((await fax.getPage(1)) as unknown as PdfPageLike);
    const pixels = png && greyPngPixels(png);
    if (!pixels) throw new Error('the fax has no page image');
    const file = join(scratch, 'fax-mask.pdf');
    writeFileSync(file, imagePdf(pixels, 1, true));
    const [asMask, asImage] = [await readDocumentFile(file), await read('test/fixtures/scans/suspension-fax.pdf')];
    expect(asMask.ocr?.engine).toBe('tesseract');
    expect(asMask.text).toBe(asImage.text);
    expectCleanVerdictOrDoubtfulWords(checkLetter(agreement, asMask, { defaultZone: 'UTC' }).verdict);
  });

  it('a grainy, dusty grey scan: the clean verdict, or NEEDS_REVIEW naming the doubtful words', { timeout: 60_000 }, async () => {
    const doc = await readDocumentFile(await cleanScanAs('noisy', noisy));
    expect(doc.ocr?.engine).toBe('tesseract');
    expect(doc.text).toMatch(/Acceptable Use Policy/);
    expectCleanVerdictOrDoubtfulWords(checkLetter(agreement, doc, { defaultZone: 'UTC' }).verdict);
  });

  it('the clean scan reads well enough to give the clean verdict itself', { timeout: 60_000 }, async () => {
    const { verdict } = checkLetter(agreement, await read('test/fixtures/scans/suspension-scan.pdf'), { defaultZone: 'UTC' });
    expect(verdict.status).toBe(clean.status);
    expect(verdict.sender).toBe(clean.sender);
  });
});
