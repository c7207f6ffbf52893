import { describe, expect, it } from 'vitest';
import { detectType } from '../../lib/text/detect-type.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectType', () => {
  it.each([
    ['a PDF header wins over a .txt name', bytes('%PDF-1.4\n...'), 'notice.txt', undefined, 'pdf'],
    ['junk before the PDF header is tolerated', bytes('\r\n\r\n%PDF-1.7\n'), 'scan.pdf', undefined, 'pdf'],
    ['text with no extension is text', bytes('Dear Customer,'), 'letter', undefined, 'txt'],
    ['text/plain with a charset is text', bytes('Dear Customer,'), 'upload', 'text/plain; charset=utf-8', 'txt'],
    ['a UTF-16 file with a BOM is text', Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'letter.txt', undefined, 'txt'],
  ] as const)('%s', (_case, input, fileName, contentType, expected) => {
    expect(detectType(input, { fileName, ...(contentType ? { contentType } : {}) })).toBe(expected);
  });

  it.each([
    ['a spreadsheet', bytes('a,b,c'), 'fees.csv', 'UNSUPPORTED_TYPE'],
    ['a legacy .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.doc', 'UNSUPPORTED_TYPE'],
    ['binary bytes named .txt', Uint8Array.from([1, 0, 2, 0]), 'x.txt', 'UNSUPPORTED_TYPE'],
    ['text named .pdf', bytes('hello'), 'x.pdf', 'NOT_A_PDF'],
  ] as const)('refuses %s', (_case, input, fileName, code) => {
    expect(() => detectType(input, { fileName })).toThrow(expect.objectContaining({ code }));
  });
});
