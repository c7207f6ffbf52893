import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realDomain } from '../../lib/adapters/ingest-deps.ts';
import { checkLetter } from '../../lib/app/check-letter.ts';
import type { DomainPort } from '../../lib/app/ports.ts';
import { withScanReading } from '../../lib/app/scan-reading.ts';
import type { ExtractedText } from '../../lib/domain/types.ts';
import type { OcrEngine } from '../../lib/text/ocr/ocr-engine.ts';
import { examplePath } from '../text/email/email-fixture-files.ts';

const textDoc = (path: string): ExtractedText => {
  const text = readFileSync(examplePath(path), 'utf8');
  return { text, pages: 1, pageStarts: [0], format: 'txt' };
};

/** The document as if OCR'd: every word at 96, the first `word` after `after` at `confidence`. */
function scanned(doc: ExtractedText, word: string, after: string, confidence: number): ExtractedText {
  const at = doc.text.indexOf(word, doc.text.indexOf(after));
  const words = [...doc.text.matchAll(/\S+/g)].map((m) =>
    m.index <= at && m.index + m[0].length > at
      ? { start: at, end: at + word.length, confidence }
      : { start: m.index, end: m.index + m[0].length, confidence: 96 },
  );
  return { ...doc, ocr: { engine: 'tesseract', meanConfidence: 95, words } };
}

const agreementText = textDoc('hosting-suspension/agreement.txt');
const letterText = textDoc('hosting-suspension/letter.txt');
const engine: OcrEngine = { name: 'tesseract', recognise: async () => ({ lines: [], meanConfidence: 0 }), close: async () => undefined };

describe('scan reading in the ingest domain', () => {
  it('hands the OCR engine to text extraction', async () => {
    const seen: unknown[] = [];
    const domain: DomainPort = {
      ...realDomain(),
      extractText: async (_bytes, options) => {
        seen.push(options.ocr);
        return letterText;
      },
    };
    await withScanReading(domain, engine).extractText(new Uint8Array([1]), { fileName: 'scan.pdf' });
    await withScanReading(domain).extractText(new Uint8Array([1]), { fileName: 'scan.pdf' });
    expect(seen).toEqual([engine, undefined]);
  });

  it('a document whose storage is known is read by the engine for that stored document', async () => {
    const seen: unknown[] = [];
    const forStored: OcrEngine = { ...engine, name: 'textract' };
    const documents: unknown[] = [];
    const perDocument: OcrEngine = {
      ...engine,
      forDocument: (document) => {
        documents.push(document);
        return forStored;
      },
    };
    const domain: DomainPort = {
      ...realDomain(),
      extractText: async (_bytes, options) => {
        seen.push(options.ocr);
        return letterText;
      },
    };
    const stored = new Uint8Array([1]);
    const location = { bucket: 'docs', key: 'tenants/t/contracts/c/letter/l1/scan.pdf', versionId: 'v1' };
    const reading = withScanReading(domain, perDocument, (bytes) => (bytes === stored ? location : undefined));
    await reading.extractText(stored, { fileName: 'scan.pdf' });
    await reading.extractText(new Uint8Array([2]), { fileName: 'attachment.pdf' });
    expect(seen).toEqual([forStored, perDocument]);
    expect(documents).toEqual([location]);
  });

  it('a verdict judged later from the stored analyses names the same doubtful words as the command line', () => {
    const letterDoc = scanned(letterText, '2021', 'suspended effective', 58);
    const domain = withScanReading(realDomain(), engine);
    // Stored as JSON in the table, then judged when another document of the contract arrives.
    const letter = JSON.parse(JSON.stringify(domain.analyzeLetter(letterDoc)));
    const agreement = JSON.parse(JSON.stringify(domain.analyzeAgreement(agreementText)));
    const verdict = domain.judgeLetter(agreement, letter, { defaultZone: 'UTC' });
    const cli = checkLetter(agreementText, letterDoc, { defaultZone: 'UTC' }).verdict;
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain("'2021' was read with 58% confidence");
    expect(verdict).toEqual(cli);
  });

  it('a doubtful period in the agreement counts only inside a provision the verdict applies', () => {
    const domain = withScanReading(realDomain(), engine);
    const letter = domain.analyzeLetter(letterText);
    const clean = domain.judgeLetter(domain.analyzeAgreement(agreementText), letter, { defaultZone: 'UTC' });
    const applied = clean.provisions.find((p) => p.applies && /\d+\)? days/.test(p.text));
    expect(applied).toBeDefined();
    const number = agreementText.text.slice(applied!.start, applied!.end).match(/\d+(?=\)? days)/)?.[0] ?? '';
    const doubtful = scanned(agreementText, number, applied!.text.slice(0, 20), 50);
    const verdict = domain.judgeLetter(domain.analyzeAgreement(doubtful), letter, { defaultZone: 'UTC' });
    expect(verdict.status).toBe('NEEDS_REVIEW');
    expect(verdict.reviewReasons).toContain(`'${number}' was read with 50% confidence`);
    expect(verdict).toEqual(checkLetter(doubtful, letterText, { defaultZone: 'UTC' }).verdict);
  });

  it('documents without OCR leave the verdict as the plain domain gives it', () => {
    const domain = withScanReading(realDomain(), engine);
    const verdict = domain.judgeLetter(domain.analyzeAgreement(agreementText), domain.analyzeLetter(letterText), { defaultZone: 'UTC' });
    expect(verdict).toEqual(
      realDomain().judgeLetter(realDomain().analyzeAgreement(agreementText), realDomain().analyzeLetter(letterText), {
        defaultZone: 'UTC',
      }),
    );
  });
});
