import { getDocumentProxy } from 'unpdf';
import type { ExtractedText, OcrReading } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { normalizeExtractedText } from './normalize.ts';
import { DEFAULT_PARSE_LIMITS } from './parse-limits.ts';
import { assertDecodedWithinLimit } from './pdf-decoded-size.ts';
import { joinPages } from './page-map.ts';
import { type PdfAnnotation, withTypedValues } from './pdf-forms.ts';
import { removeRunningLines } from './pdf-header-footer.ts';
import { resolveLineEndHyphens } from './pdf-hyphens.ts';
import { layoutLines, type PositionedText } from './pdf-layout.ts';
import { collectLines, type Line } from './pdf-lines.ts';
import type { OcrEngine } from './ocr/ocr-engine.ts';
import { ocrPageText } from './ocr/ocr-text.ts';
import { largestPageImage, type PdfPageLike } from './ocr/pdf-page-image.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Generous for a 500-page contract on one slow core; a file that takes longer is treated as broken, never waited on forever. */
const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * The longest real agreement with its exhibits runs to a few hundred pages; 2,000 refuses a 20,000-page
 * file (3 MB, minutes of pdf.js work that never yields to a timer) before its first page is read.
 */
export const DEFAULT_MAX_PAGES = DEFAULT_PARSE_LIMITS.maxPages;

/** Fewer letters than this per page on average means the pages are images; the shortest real letter has far more. */
const MIN_LETTERS_PER_PAGE = 15;

export interface PdfOptions {
  fileName?: string;
  timeoutMs?: number;
  /** Reads scanned pages; without one a PDF of scans is NO_TEXT. */
  ocr?: OcrEngine;
  /** More pages than this is TOO_COMPLEX, refused before any page is read. */
  maxPages?: number;
  /** Compressed streams inflating past this (all together) are TOO_COMPLEX, refused before pdf.js opens the file. */
  maxDecodedBytes?: number;
  /** A page image of more pixels than this is not decoded (so not OCR-read): its buffers are outside the heap limit. */
  maxImagePixels?: number;
}

/** A scanned page's OCR text, appended after whatever little text layer the page has (a fax header, a stamp). */
interface OcrPageResult {
  text: string;
  words: OcrReading['words'];
  meanConfidence: number;
}

const isPositioned = <T extends object>(item: T): item is T & PositionedText => 'str' in item && 'transform' in item;

/** A page that ends mid-sentence (or mid-word, hyphenated) and a next page that starts in lower case are one paragraph, not two. `before` is the previous page. */
const pageSeparator = (before: string, after: string): string => (/[A-Za-z,;-]$/.test(before) && /^[a-z]/.test(after) ? '\n' : '\n\n');

function toNoticeCheckError(cause: unknown, fileName: string): NoticeCheckError {
  if (cause instanceof NoticeCheckError) return cause;
  const name = cause instanceof Error ? cause.name : '';
  if (name === 'PasswordException') {
    return new NoticeCheckError(
      'ENCRYPTED_PDF',
      `${fileName} is password-protected. Remove the password (open it and save or print a copy without protection) and try again.`,
      { cause },
    );
  }
  const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/[.?!\s]+$/, '');
  return new NoticeCheckError(
    'CORRUPT_PDF',
    `${fileName} is damaged or incomplete and could not be read as a PDF (${reason}). Download or export the file again.`,
    { cause },
  );
}

/**
 * Each page's printed lines with typed form values placed among them; running headers and footers need all
 * pages at once, so lines (not pdf.js objects) are what is kept while the document is read.
 */
async function readPages(
  document: PdfDocument,
  ocr: OcrEngine | undefined,
  fileName: string,
  maxPages: number,
): Promise<{ pages: string[]; ocrPages: (OcrPageResult | null)[] }> {
  const pageLines: Line[][] = [];
  const ocrPages: (OcrPageResult | null)[] = [];
  if (document.numPages > maxPages) {
    throw new NoticeCheckError(
      'TOO_COMPLEX',
      `${fileName} has ${document.numPages.toLocaleString('en-US')} pages, more than the ${maxPages.toLocaleString('en-US')} this service reads. Split it, or upload the agreement without its attachments.`,
      { details: { pages: document.numPages, limitPages: maxPages } },
    );
  }
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const annotations = (await page.getAnnotations().catch(() => [])) as PdfAnnotation[];
    const lines = withTypedValues(collectLines(content.items.filter(isPositioned)), annotations);
    pageLines.push(lines);
    ocrPages.push(ocr ? await ocrIfScanned(page as unknown as PdfPageLike, { page: number, pages: document.numPages }, lines, ocr) : null);
    page.cleanup();
  }
  const laidOut = removeRunningLines(pageLines).map(layoutLines);
  const pages = resolveLineEndHyphens(laidOut)
    .map(normalizeExtractedText)
    .map((text, index) => {
      const scanned = ocrPages[index];
      if (!scanned) return text;
      // The OCR words' offsets are relative to the OCR text: shift them past the text layer kept before it.
      const prefix = text === '' ? '' : `${text}\n\n`;
      scanned.words = scanned.words.map((w) => ({ ...w, start: w.start + prefix.length, end: w.end + prefix.length }));
      return prefix + scanned.text;
    });
  return { pages, ocrPages };
}

/**
 * Scan detection is per page: a page with almost no text layer that paints an image is a scan, whatever the
 * other pages hold (a typed cover letter in front of a scanned agreement). Only such pages are OCR'd.
 */
async function ocrIfScanned(
  page: PdfPageLike,
  at: { page: number; pages: number },
  lines: Line[],
  ocr: OcrEngine,
): Promise<OcrPageResult | null> {
  const letters = countLetters(lines.map((line) => line.text).join(' '), MIN_LETTERS_PER_PAGE);
  if (letters >= MIN_LETTERS_PER_PAGE) return null;
  const image = await largestPageImage(page);
  if (!image) return null;
  const recognised = await ocr.recognise({ bytes: image, ...at });
  const { text, words } = ocrPageText(recognised, 0);
  return text.trim() === '' ? null : { text, words, meanConfidence: recognised.meanConfidence };
}

/** The OCR'd pages' words, at their offsets in the joined text. */
function ocrReading(engine: OcrEngine, ocrPages: (OcrPageResult | null)[], pageStarts: number[]): OcrReading | undefined {
  const scanned = ocrPages.flatMap((page, index) => (page ? [{ page, start: pageStarts[index] ?? 0 }] : []));
  if (scanned.length === 0) return undefined;
  const words = scanned.flatMap(({ page, start }) => page.words.map((w) => ({ ...w, start: w.start + start, end: w.end + start })));
  const meanConfidence = scanned.reduce((sum, { page }) => sum + page.meanConfidence, 0) / scanned.length;
  return { engine: engine.name, meanConfidence, words };
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, fileName: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new NoticeCheckError(
            'CORRUPT_PDF',
            `${fileName} could not be read within ${Math.round(timeoutMs / 1000)} s; the PDF is probably damaged. Export it again.`,
          ),
        ),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const LETTER = /\p{L}/u;

/**
 * Letters in `text`, counted only up to `enough`: a real text layer reaches it within its first pages, so the
 * scan stops there instead of visiting (and allocating a match for) every letter of a long contract.
 * Characters outside the Basic Multilingual Plane are tested as one code point, as `\p{L}` with the u flag does.
 */
function countLetters(text: string, enough: number): number {
  let letters = 0;
  for (let index = 0; index < text.length && letters < enough; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) letters += 1;
    else if (code < 0x80) continue;
    else {
      const point = text.codePointAt(index);
      if (point === undefined) throw new Error(`countLetters: no code point at index ${index}`);
      if (point > 0xffff) index += 1;
      if (LETTER.test(String.fromCodePoint(point))) letters += 1;
    }
  }
  return letters;
}

/**
 * Reads a PDF's text layer page by page (pdf.js through unpdf) and joins the pages with a blank line,
 * recording where each page starts. A PDF with no text at all is a scan: NO_TEXT, because it needs OCR.
 * @example await readPdf(bytesOf('agreement.pdf')) // { text: '1. Term ...', pages: 12, pageStarts: [0, 2810, ...], format: 'pdf' }
 */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedText> {
  const fileName = options.fileName ?? 'the file';
  assertDecodedWithinLimit(bytes, options.maxDecodedBytes ?? DEFAULT_PARSE_LIMITS.maxDecodedBytes, fileName);
  let document: PdfDocument | undefined;
  const work = (async () => {
    // pdf.js may transfer (detach) the buffer it is given: pass a plain Uint8Array copy (it rejects Buffers) so the caller's bytes stay usable.
    // pdf.js checks maxImageSize against the image's declared width and height, before decoding anything.
    document = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      stopAtErrors: false,
      maxImageSize: options.maxImagePixels ?? DEFAULT_PARSE_LIMITS.maxImagePixels,
    });
    return readPages(document, options.ocr, fileName, options.maxPages ?? DEFAULT_MAX_PAGES);
  })();
  let pages: string[];
  let ocrPages: (OcrPageResult | null)[];
  try {
    ({ pages, ocrPages } = await withTimeout(work, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, fileName));
  } catch (cause) {
    work.catch(() => undefined);
    throw toNoticeCheckError(cause, fileName);
  } finally {
    await (document as PdfDocument | undefined)?.loadingTask.destroy().catch(() => undefined);
  }
  const { text, pageStarts } = joinPages(pages, pageSeparator);
  // A scan often still carries a little text (a Bates number or "Page 3" stamped on each page): a few
  // letters a page is not a text layer a contract can be read from.
  const needed = MIN_LETTERS_PER_PAGE * pages.length;
  const letters = countLetters(text, needed);
  if (letters < needed) {
    const what = letters === 0 ? 'has no text layer' : `has almost no text (${letters} letters)`;
    throw new NoticeCheckError(
      'NO_TEXT',
      `${fileName} ${what} on ${pages.length} page${pages.length === 1 ? '' : 's'}: it is probably scanned images. Run it through OCR (for example "ocrmypdf in.pdf out.pdf") and try again.`,
      { details: { pages: pages.length, letters } },
    );
  }
  const ocr = options.ocr ? ocrReading(options.ocr, ocrPages, pageStarts) : undefined;
  return { text, pages: pages.length, pageStarts, format: 'pdf', ...(ocr ? { ocr } : {}) };
}
