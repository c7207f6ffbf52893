import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../../lib/app/check-letter.ts';
import { extractText } from '../../../lib/text/extract-text.ts';
import type { OcrEngine, PageImage } from '../../../lib/text/ocr/ocr-engine.ts';
import { greyPng } from '../../../lib/text/ocr/png.ts';
import { examplePath } from '../email/email-fixture-files.ts';
import { fixtureBytes } from '../fixture-files.ts';

/** An engine that "reads" a fixed letter and records the images it was given. */
function recordingEngine(lines: { text: string; confidence: number }[][]): OcrEngine & { images: PageImage[] } {
  const images: PageImage[] = [];
  return {
    name: 'tesseract',
    images,
    recognise: async (image) => {
      images.push(image);
      return { lines, meanConfidence: 90 };
    },
    close: async () => undefined,
  };
}

const LETTER = [
  [
    { text: 'We', confidence: 97 },
    { text: 'terminate', confidence: 95 },
    { text: 'the', confidence: 96 },
    { text: 'Agreement', confidence: 94 },
    { text: 'effective', confidence: 93 },
    { text: 'March', confidence: 92 },
    { text: '31,', confidence: 90 },
    { text: '2028.', confidence: 58 },
  ],
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('scanned PDF pages through the OCR port', () => {
  it('a page of image only is OCR-read; its words keep their confidences at their offsets in the text', async () => {
    const engine = recordingEngine(LETTER);
    const doc = await extractText(fixtureBytes('scanned.pdf'), { fileName: 'scanned.pdf', ocr: engine });
    expect(engine.images).toHaveLength(2);
    expect([...(engine.images[0]?.bytes.subarray(0, 4) ?? [])]).toEqual(PNG_SIGNATURE);
    expect(doc.text).toContain('We terminate the Agreement effective March 31, 2028.');
    const doubtful = doc.ocr?.words.find((w) => w.confidence === 58);
    expect(doubtful && doc.text.slice(doubtful.start, doubtful.end)).toBe('2028.');
    expect(doc.ocr?.engine).toBe('tesseract');
  });

  it('scan detection is per page: a typed page is not OCR-read, the scanned page after it is', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([595, 842]).drawText('Please find enclosed our notice of termination of the Agreement.', { x: 50, y: 700, size: 11, font });
    const image = await pdf.embedPng(greyPng(new Uint8Array(40 * 20).fill(200), 40, 20));
    pdf.addPage([595, 842]).drawImage(image, { x: 40, y: 300, width: 515, height: 309 });
    const engine = recordingEngine(LETTER);
    const doc = await extractText(await pdf.save(), { fileName: 'cover-and-scan.pdf', ocr: engine });
    expect(engine.images.map((i) => i.page)).toEqual([2]);
    expect(doc.text.slice(doc.pageStarts[1])).toContain('We terminate the Agreement');
    expect(doc.text.slice(0, doc.pageStarts[1])).toContain('Please find enclosed');
  });

  it('without an OCR engine a scan is still NO_TEXT', async () => {
    await expect(extractText(fixtureBytes('scanned.pdf'), { fileName: 'scanned.pdf' })).rejects.toMatchObject({ code: 'NO_TEXT' });
  });

  it('an engine that reads nothing leaves the scan NO_TEXT rather than an empty letter', async () => {
    await expect(extractText(fixtureBytes('scanned.pdf'), { fileName: 'scanned.pdf', ocr: recordingEngine([]) })).rejects.toMatchObject({
      code: 'NO_TEXT',
    });
  });
});

describe('a scanned letter judged', () => {
  it('a doubtful year read from a scan makes the verdict NEEDS_REVIEW naming it', async () => {
    const agreementText = readFileSync(examplePath('hosting-suspension/agreement.txt'), 'utf8');
    const letter = await extractText(fixtureBytes('scanned.pdf'), { fileName: 'scanned.pdf', ocr: recordingEngine(LETTER) });
    const { verdict } = checkLetter({ text: agreementText, pages: 1, pageStarts: [0], format: 'txt' }, letter, { defaultZone: 'UTC' });
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'2028' was read with 58% confidence");
  });
});

/** A cover email with a scanned PDF attached, as a scanner's "send to email" or a person forwarding a scan writes it. */
function emailWithScan(pdf: Uint8Array): Uint8Array {
  const base64 = (
    Buffer.from(pdf)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
  return new TextEncoder().encode(
    [
      'MIME-Version: 1.0',
      'From: Stratoshelf Legal <legal@stratoshelf.example>',
      'To: Tomas Lindqvist <tomas@kestrelanalytics.example>',
      'Date: Sat, 9 Jan 2021 18:07:00 -0800',
      'Subject: Notice',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Please find our notice attached.',
      '',
      '--b1',
      'Content-Type: application/pdf; name="notice.pdf"',
      'Content-Disposition: attachment; filename="notice.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      base64,
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

describe('a scanned letter attached to an email', () => {
  it('is OCR-read; its words keep their confidences at their offsets in the email text', async () => {
    const engine = recordingEngine(LETTER);
    const doc = await extractText(emailWithScan(fixtureBytes('scanned.pdf')), { fileName: 'notice.eml', ocr: engine });
    expect(doc.format).toBe('eml');
    expect(engine.images.length).toBeGreaterThan(0);
    expect(doc.text).toContain('Attachment: notice.pdf');
    const doubtful = doc.ocr?.words.find((w) => w.confidence === 58);
    expect(doubtful && doc.text.slice(doubtful.start, doubtful.end)).toBe('2028.');
  });

  it('a doubtful year in the attached scan makes the verdict NEEDS_REVIEW naming it, sent when the email was', async () => {
    const agreementText = readFileSync(examplePath('hosting-suspension/agreement.txt'), 'utf8');
    const letter = await extractText(emailWithScan(fixtureBytes('scanned.pdf')), { fileName: 'notice.eml', ocr: recordingEngine(LETTER) });
    const { verdict } = checkLetter({ text: agreementText, pages: 1, pageStarts: [0], format: 'txt' }, letter, { defaultZone: 'UTC' });
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'2028' was read with 58% confidence");
    expect(verdict.noticeGivenAt).toBe('2021-01-09T18:07:00-08:00');
  });
});
