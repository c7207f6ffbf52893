/**
 * Scanned letters through real OCR (tesseract.js with its English data from disk): the committed scans are
 * the hosting-suspension example letter rendered to images (test/fixtures/scans/make-scans.ts) — a clean
 * scan, a 2° skewed one and a 1-bit fax with speckles — and the clean scan turned upside down and sideways
 * at test time. Each verdict must equal the clean text's, or be NEEDS_REVIEW naming the words it doubts: an
 * OCR'd verdict is never confidently wrong.
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
import { quarterTurnedPng } from '../../lib/text/ocr/quarter-turn.ts';
import { readDocumentFile } from '../../lib/text/read-document-file.ts';

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

/** The clean scan as a page fed in turned: its image turned clockwise by `turns` quarter turns, on a page of that shape. */
async function turnedScan(turns: 1 | 2 | 3): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path('test/fixtures/scans/suspension-scan.pdf'))));
  const image = await largestPageImage((await pdf.getPage(1)) as unknown as PdfPageLike);
  const turned = image && quarterTurnedPng(image, turns);
  if (!turned) throw new Error('the clean scan has no page image');
  const out = await PDFDocument.create({ updateMetadata: false });
  const [width, height] = turns === 2 ? [612, 792] : [792, 612];
  out.addPage([width, height]).drawImage(await out.embedPng(turned), { x: 0, y: 0, width, height });
  const file = join(scratch, `turned-${turns}.pdf`);
  writeFileSync(file, await out.save());
  return file;
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
    async (_how, turns) => {
      const doc = await readDocumentFile(await turnedScan(turns));
      expect(doc.text).toMatch(/Acceptable Use Policy/);
      expect(doc.text).toMatch(/Stratoshelf Hosting, Inc\./);
      const { verdict } = checkLetter(agreement, doc, { defaultZone: 'UTC' });
      if (verdict.status === 'NEEDS_REVIEW') {
        expect(verdict.reviewReasons?.every((reason) => /was read with \d+% confidence/.test(reason))).toBe(true);
      } else {
        expect(verdict.status).toBe(clean.status);
        expect(verdict.effectiveAt).toBe(clean.effectiveAt);
      }
    },
  );

  it('the clean scan reads well enough to give the clean verdict itself', { timeout: 60_000 }, async () => {
    const { verdict } = checkLetter(agreement, await read('test/fixtures/scans/suspension-scan.pdf'), { defaultZone: 'UTC' });
    expect(verdict.status).toBe(clean.status);
    expect(verdict.sender).toBe(clean.sender);
  });
});
