/**
 * Every filter pdf.js decodes is counted against the decoded-bytes limit, not only Flate: Flate over
 * run-length or over LZW multiplies at each stage, a filter given by reference is followed as pdf.js
 * follows it, and a chain no PDF writer produces is refused. The PDFs are made here at run time.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertDecodedWithinLimit, MAX_FILTER_CHAIN } from '../../lib/text/pdf-decoded-size.ts';
import { DECODERS, lzw } from '../../lib/text/pdf-stream-filters.ts';
import { readPdf } from '../../lib/text/pdf.ts';
import {
  ascii85Encoded,
  contentOf,
  flateOverLzwPdf,
  flateOverRunLengthPdf,
  lzwEncoded,
  pdfWithContent,
  runLengthEncoded,
} from './hostile/make-hostile.ts';

const MB = 1024 * 1024;
const TEXT = 'Notice of termination under section twelve of the agreement';
const refused = (bytes: Uint8Array, limit: number) => () => assertDecodedWithinLimit(bytes, limit, 'bomb.pdf');

describe('the decoders measure what pdf.js decodes', () => {
  it('pdf.js reads the text of an LZW content stream, and the LZW decoder gives the same bytes', async () => {
    const encoded = lzwEncoded(contentOf(TEXT), 0x20, 100_000);
    const decoded = lzw(encoded, 10 * MB) as Uint8Array;
    expect(Buffer.from(decoded.subarray(0, contentOf(TEXT).length)).toString()).toBe(Buffer.from(contentOf(TEXT)).toString());
    expect(decoded.length).toBeGreaterThanOrEqual(100_000);
    expect((await readPdf(pdfWithContent(encoded, '/LZWDecode'), { fileName: 'lzw.pdf' })).text).toBe(TEXT);
  });

  it('pdf.js reads Flate over run-length and ASCII85 over Flate, each within the limit', async () => {
    expect((await readPdf(flateOverRunLengthPdf(TEXT, 10_000), { fileName: 'rl.pdf' })).text).toBe(TEXT);
    const a85 = pdfWithContent(ascii85Encoded(deflateSync(contentOf(TEXT))), '[/ASCII85Decode /FlateDecode]');
    expect((await readPdf(a85, { fileName: 'a85.pdf' })).text).toBe(TEXT);
  });

  const decodedLength = (filter: string, data: Uint8Array): number => {
    const decoded = DECODERS[filter]?.(data, MB);
    if (!(decoded instanceof Uint8Array)) throw new Error(`${filter} gave no bytes`);
    return decoded.length;
  };

  it('run-length makes 128 bytes of each pair, ASCII85 four zero bytes of each z', () => {
    expect(decodedLength('RunLengthDecode', runLengthEncoded(0x20, 1280))).toBe(1280);
    expect(decodedLength('ASCII85Decode', ascii85Encoded(new Uint8Array(40)))).toBe(40);
    expect(decodedLength('ASCIIHexDecode', new TextEncoder().encode('4e 6f7>'))).toBe(3);
  });
});

describe('a PDF whose filters decode past the limit is TOO_COMPLEX before pdf.js opens it', () => {
  it('Flate over LZW: 6 KB that decodes to 1 GB', () => {
    const bomb = flateOverLzwPdf(TEXT, 1024 * MB);
    expect(bomb.length).toBeLessThan(10_000);
    expect(refused(bomb, 16 * MB)).toThrow(
      expect.objectContaining({ code: 'TOO_COMPLEX', message: expect.stringContaining('more than 16 MB') }),
    );
  });

  it('Flate over run-length: 64 times the inflated size', () => {
    expect(refused(flateOverRunLengthPdf(TEXT, 256 * MB), 16 * MB)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it('ASCII85 of zeros under Flate, four bytes for each z', () => {
    const zeros = new TextEncoder().encode(`${'z'.repeat(8 * MB)}~>`); // 32 MB of zeros
    const bomb = pdfWithContent(deflateSync(zeros), '[/FlateDecode /ASCII85Decode]');
    expect(refused(bomb, 16 * MB)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it('nested Flate named through a reference to an array of filters', () => {
    const zeros = deflateSync(deflateSync(deflateSync(new Uint8Array(64 * MB))));
    const bomb = pdfWithContent(zeros, '6 0 R', ['[/FlateDecode /FlateDecode /FlateDecode]']);
    expect(refused(bomb, 16 * MB)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it(`a chain of more than ${MAX_FILTER_CHAIN} filters, and a filter after an image codec`, () => {
    const hex = new TextEncoder().encode('20>');
    const long = pdfWithContent(hex, `[${'/ASCIIHexDecode '.repeat(MAX_FILTER_CHAIN + 1)}]`);
    expect(refused(long, 16 * MB)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX', message: expect.stringContaining('layers') }));
    expect(refused(pdfWithContent(hex, '[/DCTDecode /FlateDecode]'), 16 * MB)).toThrow(expect.objectContaining({ code: 'TOO_COMPLEX' }));
  });

  it('the same filters within the limit pass', () => {
    expect(() => assertDecodedWithinLimit(flateOverLzwPdf(TEXT, 4 * MB), 16 * MB, 'fine.pdf')).not.toThrow();
    expect(() => assertDecodedWithinLimit(flateOverRunLengthPdf(TEXT, 4 * MB), 16 * MB, 'fine.pdf')).not.toThrow();
  });
});
