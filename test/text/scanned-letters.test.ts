/**
 * Scanned letters through real OCR (tesseract.js with its English data from disk): the committed scans are
 * the hosting-suspension example letter rendered to images (test/fixtures/scans/make-scans.ts) — a clean
 * scan, a 2° skewed one and a 1-bit fax with speckles. Each verdict must equal the clean text's, or be
 * NEEDS_REVIEW naming the words it doubts: an OCR'd verdict is never confidently wrong.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLetter } from '../../lib/app/check-letter.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { readDocumentFile } from '../../lib/text/read-document-file.ts';

const path = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const read = (relative: string): Promise<ExtractedText> => readDocumentFile(path(relative));

let agreement: ExtractedText;
let clean: ReturnType<typeof checkLetter>['verdict'];
beforeAll(async () => {
  agreement = await read('examples/hosting-suspension/agreement.pdf');
  clean = checkLetter(agreement, await read('examples/hosting-suspension/letter.txt'), { defaultZone: 'UTC' }).verdict;
});

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

  it('the clean scan reads well enough to give the clean verdict itself', { timeout: 60_000 }, async () => {
    const { verdict } = checkLetter(agreement, await read('test/fixtures/scans/suspension-scan.pdf'), { defaultZone: 'UTC' });
    expect(verdict.status).toBe(clean.status);
    expect(verdict.sender).toBe(clean.sender);
  });
});
