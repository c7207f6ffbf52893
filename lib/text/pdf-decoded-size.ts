import { NoticeCheckError } from '../errors.ts';
import { megabytesText } from './parse-limits.ts';
import { DECODERS, IMAGE_CODECS, lzw, OVER } from './pdf-stream-filters.ts';

/**
 * A PDF stream's filters decode one after another, so a few KB can hold a Flate stream of a Flate stream of
 * a Flate stream that ends as gigabytes (pdf.js then holds every stage in memory at once), and the other
 * filters multiply too (Flate over run-length: 64 times more; over LZW: thousands of times). Each stream is
 * decoded here first, stage by stage, every decoder capped at what is left of the budget: a bomb stops at
 * the limit instead of reaching it in pdf.js. Image codecs (JPEG, JPEG 2000, fax, JBIG2) end a chain: what
 * they make is a page image, decoded only to paint or OCR it; a chain that goes on after one, or that is
 * longer than any producer writes, is refused.
 */

/** Real producers write one filter, two at most (ASCII85 over Flate); pdf.js would follow any number. */
export const MAX_FILTER_CHAIN = 4;

/** The farthest back from `stream` that its dictionary may start; real stream dictionaries are far shorter. */
const MAX_DICTIONARY_LENGTH = 64 * 1024;

const IMAGE = /\/Subtype\s*\/Image\b/;

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

interface RawStream {
  dictionary: string;
  data: Uint8Array;
}

/** Every `<< … >> stream … endstream` in the file, found by keyword: a damaged cross-reference table does not hide one. */
function* rawStreams(text: string, bytes: Uint8Array): Generator<RawStream> {
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

const FILTER = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+|\d+\s+\d+\s+R)/;
const FILTER_PART = /\/([A-Za-z0-9]+)|(\d+)\s+(\d+)\s+R/g;

const OBJECT_HEADER = /(\d+)\s+(\d+)\s+obj\b/g;
/** A referenced object's body is read this far at most: a filter name or a short array of them. */
const MAX_FILTER_OBJECT = 1024;

/**
 * The bodies of the file's objects by "number generation", indexed in one pass when the first /Filter
 * given by reference is met (pdf.js follows such a reference, so this must too); a later definition wins, as in an update.
 */
function objectIndex(text: string): (number: string, generation: string) => string {
  let starts: Map<string, number> | undefined;
  return (number, generation) => {
    if (!starts) {
      starts = new Map();
      for (const match of text.matchAll(OBJECT_HEADER)) starts.set(`${match[1]} ${match[2]}`, match.index + match[0].length);
    }
    const start = starts.get(`${Number(number)} ${Number(generation)}`) ?? starts.get(`${number} ${generation}`);
    if (start === undefined) return '';
    const end = text.indexOf('endobj', start);
    return text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_FILTER_OBJECT));
  };
}

type ObjectBody = ReturnType<typeof objectIndex>;

/** The stream's filter names in order, references to names or to an array followed one level deep. */
function filtersOf(dictionary: string, objectBody: ObjectBody): string[] {
  const value = FILTER.exec(dictionary)?.[1];
  if (value === undefined) return [];
  const names: string[] = [];
  const collect = (part: string, depth: number) => {
    for (const [, name, number, generation] of part.matchAll(FILTER_PART)) {
      if (name) names.push(name);
      else if (number && generation && depth < 2) collect(objectBody(number, generation).trim(), depth + 1);
    }
  };
  collect(value, 0);
  return names;
}

/** The budget is spent: what the caller turns into TOO_COMPLEX. */
const SPENT = Number.POSITIVE_INFINITY;

/**
 * The bytes the stream's filters produce at each stage, summed, or Infinity once that passes `budget`, or
 * 'unmeasurable' for a chain no real file has (too long, or going on after an image codec).
 * A stage that cannot be decoded (damaged data) ends the count there: pdf.js reports the damage itself.
 */
function decodedSize(stream: RawStream, budget: number, objectBody: ObjectBody): number | 'unmeasurable' {
  const filters = filtersOf(stream.dictionary, objectBody);
  if (filters.length > MAX_FILTER_CHAIN) return 'unmeasurable';
  const earlyChange = /\/EarlyChange\s+0\b/.test(stream.dictionary) ? 0 : 1;
  let data = stream.data;
  let total = 0;
  for (const [index, filter] of filters.entries()) {
    if (IMAGE_CODECS.has(filter)) return index === filters.length - 1 ? total : 'unmeasurable';
    const decoder =
      filter === 'LZWDecode' || filter === 'LZW' ? (d: Uint8Array, cap: number) => lzw(d, cap, earlyChange) : DECODERS[filter];
    // pdf.js passes the data of a filter it does not know through unchanged; so does this count.
    if (!decoder) continue;
    const decoded = decoder(data, budget - total);
    if (decoded === OVER) return SPENT;
    data = decoded;
    total += data.byteLength;
    if (total > budget) return SPENT;
    if (data.byteLength === 0) return total;
  }
  return total;
}

/**
 * Refuses a PDF whose compressed streams inflate past `limit` bytes (TOO_COMPLEX), before pdf.js opens it.
 * Page images are measured one by one against the limit, the other streams (text, fonts) all together.
 * @example assertDecodedWithinLimit(nestedFlateBomb, 256 * 1024 * 1024, 'x.pdf') // throws TOO_COMPLEX
 */
export function assertDecodedWithinLimit(bytes: Uint8Array, limit: number, fileName: string): void {
  const text = latin1(bytes);
  const objectBody = objectIndex(text);
  let total = 0;
  for (const stream of rawStreams(text, bytes)) {
    const image = IMAGE.test(stream.dictionary);
    const size = decodedSize(stream, image ? limit : limit - total, objectBody);
    if (size === 'unmeasurable') {
      throw new NoticeCheckError(
        'TOO_COMPLEX',
        `${fileName} holds data encoded in layers no PDF writer produces (more than ${MAX_FILTER_CHAIN} filters, or filters after an image). Print it to a new PDF (or export it again) and upload that copy.`,
        { details: { limitFilters: MAX_FILTER_CHAIN } },
      );
    }
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
