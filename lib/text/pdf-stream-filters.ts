/**
 * The PDF stream filters that pdf.js decodes without a page image (PDF 32000-1 §7.4, and BrotliDecode of
 * PDF 2.0), each written to stop at a cap: decoding for a size check must not itself become the bomb.
 * They follow pdf.js's decoders byte for byte where a size depends on it (LZW's code widths and full table,
 * ASCII85's `z` and partial groups, run-length's 128 end marker), so the size measured is the size pdf.js makes.
 */
import { brotliDecompressSync, constants, inflateSync } from 'node:zlib';

/** What a decoder gives back: the decoded bytes, or OVER once they would pass the cap. */
export const OVER = Symbol('over the cap');
export type Decoded = Uint8Array | typeof OVER;
type Decoder = (data: Uint8Array, cap: number) => Decoded;

/** Output that grows as needed and reports OVER past its cap. */
class CappedOutput {
  private buffer = new Uint8Array(4096);
  length = 0;
  private readonly cap: number;
  // No parameter property: the reader process runs this file with Node's type stripping, which has none.
  constructor(cap: number) {
    this.cap = cap;
  }
  /** False once the cap is passed. */
  push(byte: number, times = 1): boolean {
    if (this.length + times > this.cap) return false;
    while (this.length + times > this.buffer.length) {
      const grown = new Uint8Array(Math.min(this.cap, this.buffer.length * 2) || 1);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.fill(byte, this.length, this.length + times);
    this.length += times;
    return true;
  }
  bytes = (): Uint8Array => this.buffer.subarray(0, this.length);
}

const zlibCapped =
  (decode: (data: Uint8Array, maxOutputLength: number) => Buffer): Decoder =>
  (data, cap) => {
    try {
      return decode(data, Math.max(1, cap + 1));
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return OVER;
      return new Uint8Array(0); // damaged data: pdf.js reports the damage itself
    }
  };

const flate = zlibCapped((data, maxOutputLength) => inflateSync(data, { maxOutputLength, finishFlush: constants.Z_SYNC_FLUSH }));
const brotli = zlibCapped((data, maxOutputLength) => brotliDecompressSync(data, { maxOutputLength }));

const hexDigit = (byte: number): number =>
  byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 ? (byte | 0x20) - 0x57 : -1;

function asciiHex(data: Uint8Array, cap: number): Decoded {
  const out = new CappedOutput(cap);
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break; // '>' ends the data
    const digit = hexDigit(byte);
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      if (!out.push((high << 4) | digit)) return OVER;
      high = -1;
    }
  }
  if (high >= 0 && !out.push(high << 4)) return OVER;
  return out.bytes();
}

const isPdfWhiteSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;

/** ASCII85: five characters make four bytes, and `z` alone makes four zero bytes (the filter's only expansion). */
function ascii85(data: Uint8Array, cap: number): Decoded {
  const out = new CappedOutput(cap);
  const group: number[] = [];
  const flush = (): boolean => {
    const count = group.length;
    while (group.length < 5) group.push(0x75); // 'u' pads a partial last group
    let value = 0;
    for (const char of group) value = value * 85 + (char - 33);
    group.length = 0;
    for (let index = 0; index < count - 1; index += 1) if (!out.push((value >>> (8 * (3 - index))) & 0xff)) return false;
    return true;
  };
  for (const byte of data) {
    if (isPdfWhiteSpace(byte)) continue;
    if (byte === 0x7e) break; // '~' of the '~>' end marker
    if (byte === 0x7a && group.length === 0) {
      if (!out.push(0, 4)) return OVER;
    } else {
      group.push(byte);
      if (group.length === 5 && !flush()) return OVER;
    }
  }
  if (group.length > 0 && !flush()) return OVER;
  return out.bytes();
}

/** Run-length: a length byte under 128 copies that many plus one bytes; over 128 repeats the next byte 257 − n times. */
function runLength(data: Uint8Array, cap: number): Decoded {
  const out = new CappedOutput(cap);
  let at = 0;
  while (at + 1 < data.length) {
    const length = data[at] as number;
    if (length === 128) break;
    if (length < 128) {
      for (let index = 1; index <= length + 1 && at + index < data.length; index += 1)
        if (!out.push(data[at + index] as number)) return OVER;
      at += length + 2;
    } else {
      if (!out.push(data[at + 1] as number, 257 - length)) return OVER;
      at += 2;
    }
  }
  return out.bytes();
}

const LZW_TABLE = 4096;

/**
 * LZW as pdf.js decodes it: 9- to 12-bit codes, the width growing one code early (EarlyChange 1, the
 * default), 256 clearing the table, 257 ending the data; a full table keeps decoding with the codes it has.
 * Its expansion is the largest of these filters: a code of 12 bits can stand for 4,000 bytes.
 */
export function lzw(data: Uint8Array, cap: number, earlyChange = 1): Decoded {
  const out = new CappedOutput(cap);
  const values = new Uint8Array(LZW_TABLE);
  const lengths = new Uint16Array(LZW_TABLE);
  const prefixes = new Uint16Array(LZW_TABLE);
  const sequence = new Uint8Array(LZW_TABLE + 1);
  let sequenceLength = 0;
  let nextCode = 258;
  let width = 9;
  let previous = 0;
  let bits = 0;
  let cached = 0;
  let at = 0;
  while (true) {
    while (bits < width && at < data.length) {
      cached = ((cached << 8) | (data[at] as number)) >>> 0;
      at += 1;
      bits += 8;
    }
    if (bits < width) break;
    bits -= width;
    const code = (cached >>> bits) & ((1 << width) - 1);
    cached &= (1 << bits) - 1;
    const hadPrevious = sequenceLength > 0;
    if (code < 256) {
      sequence[0] = code;
      sequenceLength = 1;
    } else if (code >= 258) {
      if (code < nextCode) {
        sequenceLength = lengths[code] as number;
        for (let index = sequenceLength - 1, entry = code; index >= 0; index -= 1) {
          sequence[index] = values[entry] as number;
          entry = prefixes[entry] as number;
        }
      } else if (sequenceLength < sequence.length) {
        sequence[sequenceLength] = sequence[0] as number;
        sequenceLength += 1;
      }
    } else if (code === 256) {
      width = 9;
      nextCode = 258;
      sequenceLength = 0;
      continue;
    } else break;
    if (hadPrevious) {
      if (nextCode < LZW_TABLE) {
        prefixes[nextCode] = previous;
        lengths[nextCode] = (lengths[previous] as number) + 1;
        values[nextCode] = sequence[0] as number;
      }
      nextCode += 1;
      const threshold = nextCode + earlyChange;
      if ((threshold & (threshold - 1)) === 0) width = Math.min(Math.log2(threshold) + 1, 12) | 0;
    }
    previous = code;
    for (let index = 0; index < sequenceLength; index += 1) if (!out.push(sequence[index] as number)) return OVER;
  }
  return out.bytes();
}

/** The decoders by the names pdf.js accepts (full and abbreviated); filters not here decode page images. */
export const DECODERS: Readonly<Record<string, Decoder>> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: lzw,
  LZW: lzw,
  ASCII85Decode: ascii85,
  A85: ascii85,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  RunLengthDecode: runLength,
  RL: runLength,
  BrotliDecode: brotli,
  // Decryption keeps the size; an encrypted file's streams are not measured at all (their bytes do not inflate).
  Crypt: (data) => data,
};

/** Image codecs: their output is a page image, decoded only to be painted or OCR'd, and nothing follows them in a real file. */
export const IMAGE_CODECS: ReadonlySet<string> = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JPX', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode']);
