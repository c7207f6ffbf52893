import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoticeCheckError } from '../../lib/errors.ts';
import { extractText } from '../../lib/text/extract-text.ts';
import { fixtureBytes } from './fixture-files.ts';

const pdf = fixtureBytes('hosting-agreement.pdf');

/** Reading must end — with text or with a NoticeCheckError — never hang and never throw anything else. */
async function settles(bytes: Uint8Array): Promise<void> {
  try {
    const doc = await extractText(bytes, { fileName: 'damaged.pdf' });
    expect(doc.format).toBe('pdf');
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeCheckError);
    expect(['CORRUPT_PDF', 'NO_TEXT', 'ENCRYPTED_PDF']).toContain((error as NoticeCheckError).code);
  }
}

describe('malformed PDFs never hang and fail with a stable code', () => {
  it('a PDF cut at any point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 9, max: pdf.byteLength - 1 }), (cut) => settles(pdf.subarray(0, cut))),
      { numRuns: 25 },
    );
  });

  // The header is left alone: without it the file is NOT_A_PDF before pdf.js sees it.
  it('a PDF with bytes overwritten at random places after the header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 16, max: pdf.byteLength - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 40 }),
        (edits) => {
          const damaged = new Uint8Array(pdf);
          for (const [at, value] of edits) damaged[at] = value;
          return settles(damaged);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a PDF header followed by arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (tail) => {
        const bytes = new Uint8Array(9 + tail.length);
        bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
        bytes.set(tail, 9);
        return settles(bytes);
      }),
      { numRuns: 25 },
    );
  });
});
