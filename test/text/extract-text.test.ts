import { describe, expect, it } from 'vitest';
import { NoticeCheckError, type ErrorCode } from '../../lib/errors.ts';
import { extractText, pageAt } from '../../lib/text/extract-text.ts';
import { fixtureBytes } from './fixture-files.ts';

async function codeOf(work: Promise<unknown>): Promise<{ code: ErrorCode; message: string; details: unknown }> {
  const error = await work.then(
    () => {
      throw new Error('expected extraction to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(NoticeCheckError);
  const { code, message, details } = error as NoticeCheckError;
  return { code, message, details };
}

describe('extractText on real files', () => {
  it('reads a two-page text PDF with a page map back to each page', async () => {
    const doc = await extractText(fixtureBytes('hosting-agreement.pdf'), { fileName: 'hosting-agreement.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.pageStarts).toHaveLength(2);
    expect(doc.pageStarts[0]).toBe(0);
    const governingLaw = doc.text.indexOf('governed by the laws of the State of Washington');
    expect(governingLaw).toBeGreaterThan(0);
    expect(pageAt(doc.pageStarts, governingLaw)).toBe(2);
    expect(pageAt(doc.pageStarts, doc.text.indexOf('CLOUD HOSTING'))).toBe(1);
  });

  it('keeps section numbers at line starts and a blank line between paragraphs in a PDF', async () => {
    const { text } = await extractText(fixtureBytes('hosting-agreement.pdf'), { fileName: 'a.pdf' });
    expect(text).toMatch(/\n\n2\.2 Renewal\. Thereafter, this Agreement will automatically renew/);
    expect(text).toMatch(/\n\n5\.1 Termination for Convenience\./);
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).not.toMatch(/ {2}/);
  });

  it('reads the same agreement from .docx with its paragraphs', async () => {
    const doc = await extractText(fixtureBytes('hosting-agreement.docx'), { fileName: 'hosting-agreement.docx' });
    expect(doc).toMatchObject({ format: 'docx', pages: 1, pageStarts: [0] });
    expect(doc.text).toContain('\n\n9.1 All notices under this Agreement must be in writing.');
  });

  it('reads .txt as UTF-8 with invalid bytes replaced, the BOM stripped and CRLF turned into LF', async () => {
    const doc = await extractText(fixtureBytes('windows-1252.txt'), { fileName: 'windows-1252.txt' });
    expect(doc.text).toBe('Notice of termination\nThe caf\uFFFD lease ends on 31 March 2024.\n');
    expect(doc).toMatchObject({ format: 'txt', pages: 1, pageStarts: [0] });
  });

  it('detects a PDF by its bytes whatever the file is called', async () => {
    const doc = await extractText(fixtureBytes('hosting-agreement.pdf'), {
      fileName: 'upload.bin',
      contentType: 'application/octet-stream',
    });
    expect(doc.format).toBe('pdf');
  });
});

describe('extractText errors, one real file each', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE'],
    ['empty.pdf', 'EMPTY_FILE'],
    ['not-a-pdf.pdf', 'NOT_A_PDF'],
    ['truncated.pdf', 'CORRUPT_PDF'],
    ['garbage.pdf', 'CORRUPT_PDF'],
    ['encrypted.pdf', 'ENCRYPTED_PDF'],
    ['scanned.pdf', 'NO_TEXT'],
    ['scanned-with-stamp.pdf', 'NO_TEXT'],
    ['scan-page.png', 'UNSUPPORTED_TYPE'],
    ['not-word.docx', 'UNSUPPORTED_TYPE'],
  ] as const)('%s fails with %s', async (name, expected) => {
    const { code } = await codeOf(extractText(fixtureBytes(name), { fileName: name }));
    expect(code).toBe(expected);
  });

  it('says OCR is needed for an image-only PDF', async () => {
    const { message } = await codeOf(extractText(fixtureBytes('scanned.pdf'), { fileName: 'scanned.pdf' }));
    expect(message).toMatch(/OCR/);
  });

  it('says a password must be removed from an encrypted PDF', async () => {
    const { message } = await codeOf(extractText(fixtureBytes('encrypted.pdf'), { fileName: 'encrypted.pdf' }));
    expect(message).toMatch(/password/i);
  });

  it('refuses a file over the limit before parsing it, with size and limit', async () => {
    const bytes = fixtureBytes('hosting-agreement.pdf');
    const { code, details } = await codeOf(extractText(bytes, { fileName: 'big.pdf', maxBytes: 1000 }));
    expect(code).toBe('TOO_LARGE');
    expect(details).toEqual({ size: bytes.byteLength, limit: 1000 });
  });

  it('refuses a file over the limit even when it is not a document at all', async () => {
    const { code } = await codeOf(extractText(fixtureBytes('scan-page.png'), { fileName: 'x.png', maxBytes: 10 }));
    expect(code).toBe('TOO_LARGE');
  });

  it('names a PNG uploaded as .pdf in the NOT_A_PDF message', async () => {
    const { code, message } = await codeOf(extractText(fixtureBytes('scan-page.png'), { fileName: 'contract.pdf' }));
    expect(code).toBe('NOT_A_PDF');
    expect(message).toContain('PNG');
  });

  it('treats a content type of application/pdf on non-PDF bytes as NOT_A_PDF', async () => {
    const { code } = await codeOf(
      extractText(fixtureBytes('hosting-agreement.txt'), { fileName: 'upload', contentType: 'application/pdf' }),
    );
    expect(code).toBe('NOT_A_PDF');
  });

  it('leaves the caller’s bytes intact after reading a PDF', async () => {
    const bytes = fixtureBytes('hosting-agreement.pdf');
    const before = bytes.byteLength;
    await extractText(bytes, { fileName: 'a.pdf' });
    expect(bytes.byteLength).toBe(before);
  });
});

describe('PDF layout', () => {
  it('reads back a typeset agreement exactly as its source text: wrapped lines joined, paragraphs kept, page numbers dropped', async () => {
    const source = new TextDecoder().decode(fixtureBytes('hosting-agreement.txt'));
    const { text } = await extractText(fixtureBytes('hosting-agreement.pdf'), { fileName: 'hosting-agreement.pdf' });
    expect(text).toBe(source.replace(/ {2,}/g, ' ').trim());
  });
});
