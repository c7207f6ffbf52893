import { constants, inflateSync } from 'node:zlib';
import { NoticeCheckError } from '../errors.ts';
import { megabytesText } from './parse-limits.ts';

/**
 * A PDF stream's filters decode one after another, so a few KB can hold a Flate stream of a Flate stream of
 * a Flate stream that ends as gigabytes (pdf.js then holds every stage in memory at once). Each stream is
 * inflated here first, stage by stage, with zlib's output capped at what is left of the budget: a bomb stops
 * at the limit instead of reaching it in pdf.js. Stages after a filter other than Flate or ASCIIHex are not
 * followed (LZW and run-length expand far less; the reader's heap and time limits bound them).
 */

/** The farthest back from `stream` that its dictionary may start; real stream dictionaries are far shorter. */
const MAX_DICTIONARY_LENGTH = 64 * 1024;

const FILTER_LIST = /\/Filter\s*\[([^\]]*)\]/;
const FILTER_NAME = /\/Filter\s*\/([A-Za-z0-9]+)/;
const IMAGE = /\/Subtype\s*\/Image\b/;

interface RawStream {
  dictionary: string;
  data: Uint8Array;
}

/** Every `<< … >> stream … endstream` in the file, found by keyword: a damaged cross-reference table does not hide one. */
function* rawStreams(bytes: Uint8Array): Generator<RawStream> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let from = 0;
  while (true) {
    const at = text.indexOf('stream', from);
    if (at < 0) return;
    from = at + 6;
    if (text.startsWith('end', at - 3)) continue;
    const eol = text.startsWith('\r\n', from) ? 2 : text[from] === '\n' || text[from] === '\r' ? 1 : -1;
    if (eol < 0) continue;
    const start = from + eol;
    const end = text.indexOf('endstream', start);
    const stop = end < 0 ? text.length : end;
    const dictionaryStart = Math.max(text.lastIndexOf('obj', at), at - MAX_DICTIONARY_LENGTH, 0);
    yield { dictionary: text.slice(dictionaryStart, at), data: bytes.subarray(start, stop) };
    from = stop;
  }
}

function filtersOf(dictionary: string): string[] {
  const list = FILTER_LIST.exec(dictionary)?.[1];
  if (list !== undefined)
    return list
      .split('/')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  const single = FILTER_NAME.exec(dictionary)?.[1];
  return single ? [single] : [];
}

const hexDecode = (data: Uint8Array): Uint8Array => {
  const digits =
    Buffer.from(data)
      .toString('latin1')
      .split('>')[0]
      ?.replace(/[^0-9A-Fa-f]/g, '') ?? '';
  return Buffer.from(digits.length % 2 === 0 ? digits : `${digits}0`, 'hex');
};

/**
 * The bytes the stream's filters produce at each stage, summed, or Infinity once that passes `budget`.
 * A stage that cannot be decoded (damaged data) ends the count there: pdf.js reports the damage itself.
 */
function decodedSize(stream: RawStream, budget: number): number {
  let data = stream.data;
  let total = 0;
  for (const filter of filtersOf(stream.dictionary)) {
    if (filter === 'FlateDecode' || filter === 'Fl') {
      try {
        data = inflateSync(data, { maxOutputLength: Math.max(1, budget - total + 1), finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return Number.POSITIVE_INFINITY;
        return total;
      }
    } else if (filter === 'ASCIIHexDecode' || filter === 'AHx') {
      data = hexDecode(data);
    } else {
      return total;
    }
    total += data.byteLength;
    if (total > budget) return Number.POSITIVE_INFINITY;
  }
  return total;
}

/**
 * Refuses a PDF whose compressed streams inflate past `limit` bytes (TOO_COMPLEX), before pdf.js opens it.
 * Page images are measured one by one against the limit, the other streams (text, fonts) all together.
 * @example assertDecodedWithinLimit(nestedFlateBomb, 256 * 1024 * 1024, 'x.pdf') // throws TOO_COMPLEX
 */
export function assertDecodedWithinLimit(bytes: Uint8Array, limit: number, fileName: string): void {
  let total = 0;
  for (const stream of rawStreams(bytes)) {
    const image = IMAGE.test(stream.dictionary);
    const size = decodedSize(stream, image ? limit : limit - total);
    if (!image) total += size;
    if (size === Number.POSITIVE_INFINITY || total > limit) {
      throw new NoticeCheckError(
        'TOO_COMPLEX',
        `${fileName} holds compressed data that expands to more than ${megabytesText(limit)} when opened, far more than a contract needs. Print it to a new PDF (or export it again) and upload that copy.`,
        { details: { limitBytes: limit } },
      );
    }
  }
}
