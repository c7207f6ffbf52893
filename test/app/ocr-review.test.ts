import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../lib/app/check-letter.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { examplePath } from '../text/email/email-fixture-files.ts';

const textDoc = (path: string): ExtractedText => {
  const text = readFileSync(examplePath(path), 'utf8');
  return { text, pages: 1, pageStarts: [0], format: 'txt' };
};

/** The letter as if read by OCR: every word at `confidence`, except the words listed (by occurrence) at theirs. */
function ocrRead(
  doc: ExtractedText,
  engine: 'tesseract' | 'textract',
  confidence: number,
  doubtful: { word: string; after: string; confidence: number }[],
): ExtractedText {
  const words = [...doc.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, confidence }));
  for (const doubt of doubtful) {
    const at = doc.text.indexOf(doubt.word, doc.text.indexOf(doubt.after));
    const word = words.find((w) => w.start <= at && w.end > at);
    if (word) {
      word.start = at;
      word.end = at + doubt.word.length;
      word.confidence = doubt.confidence;
    }
  }
  return { ...doc, ocr: { engine, meanConfidence: confidence, words } };
}

const agreement = textDoc('hosting-suspension/agreement.txt');
const letter = textDoc('hosting-suspension/letter.txt');
const clean = checkLetter(agreement, letter, { defaultZone: 'UTC' }).verdict;

describe('OCR confidence carried to the verdict', () => {
  it('a doubtful year in the effective date makes the verdict NEEDS_REVIEW naming the word', () => {
    const scanned = ocrRead(letter, 'tesseract', 96, [{ word: '2021', after: 'suspended effective', confidence: 58 }]);
    const verdict = checkLetter(agreement, scanned, { defaultZone: 'UTC' }).verdict;
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'2021' was read with 58% confidence");
  });

  it('a doubtful sender name is a doubtful fact too', () => {
    const scanned = ocrRead(letter, 'tesseract', 96, [{ word: 'Stratoshelf', after: 'on behalf of', confidence: 40 }]);
    expect(checkLetter(agreement, scanned, { defaultZone: 'UTC' }).verdict.reviewReasons).toContain(
      "'Stratoshelf' was read with 40% confidence",
    );
  });

  it('a doubtful word no fact depends on leaves the verdict as the clean text gives it', () => {
    const scanned = ocrRead(letter, 'tesseract', 96, [{ word: 'monitoring', after: 'network', confidence: 30 }]);
    expect(checkLetter(agreement, scanned, { defaultZone: 'UTC' }).verdict).toEqual(clean);
  });

  it('a stated date OCR turned into no date is named, however sure the engine was of its words', () => {
    const misread = { ...letter, text: letter.text.replace('January 9, 2021', 'January-9, 2021') };
    const verdict = checkLetter(agreement, ocrRead(misread, 'tesseract', 96, []), { defaultZone: 'UTC' }).verdict;
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'Saturday, January-9, 2021 6:07 PM PST' was read from the scan but is not a date as read");
  });

  it('the same date typed that way, with no scan behind it, is not put down to OCR', () => {
    const typed = { ...letter, text: letter.text.replace('January 9, 2021', 'January-9, 2021') };
    const verdict = checkLetter(agreement, typed, { defaultZone: 'UTC' }).verdict;
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons?.some((reason) => reason.includes('scan'))).toBe(false);
  });

  it('Textract has the stricter threshold: 88% is doubtful for Textract, not for tesseract', () => {
    const doubt = [{ word: '2021', after: 'suspended effective', confidence: 88 }];
    expect(checkLetter(agreement, ocrRead(letter, 'textract', 99, doubt), { defaultZone: 'UTC' }).verdict.status).toBe('NEEDS_REVIEW');
    expect(checkLetter(agreement, ocrRead(letter, 'tesseract', 99, doubt), { defaultZone: 'UTC' }).verdict.status).toBe(clean.status);
  });

  it('a doubtful notice period in an OCR-read agreement provision the verdict applied is named', () => {
    const scannedAgreement = ocrRead(agreement, 'tesseract', 97, [{ word: '30', after: '4.2', confidence: 61 }]);
    const verdict = checkLetter(scannedAgreement, letter, { defaultZone: 'UTC' }).verdict;
    expect(verdict.provisions.find((p) => p.section === '4.2')?.applies).toBe(true);
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'30' was read with 61% confidence");
  });
});
