/**
 * The hostile documents of the reader-memory figures, written to .bench/hostile/ by the generators the
 * hostile-document tests use (test/text/hostile/make-hostile.ts), at the sizes that press each default limit
 * hardest: bombs that inflate far past it, and documents just inside it. Made once per generator version;
 * in their own directory so that the section that measures them does not carry the cost of making them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  deeplyNested,
  denseParagraphs,
  docxOf,
  flateOverLzwPdf,
  flateOverRunLengthPdf,
  manyPagesPdf,
  nestedFlatePdf,
  pageOfImagesPdf,
  pdfWithContent,
  withDeclaredSizes,
} from '../../test/text/hostile/make-hostile.ts';

const MB = 1024 * 1024;
/** Bump when a document below changes so stale files are rebuilt. */
const VERSION = '1';

export interface HostileDocument {
  /** The file name, which the reader is also given. */
  file: string;
  /** What it is, for the report. */
  what: string;
}

const DOCUMENTS: (HostileDocument & { make: () => Uint8Array | Promise<Uint8Array> })[] = [
  { file: 'nested-flate.pdf', what: '1 GB under three nested FlateDecode filters', make: () => nestedFlatePdf(1024 * MB) },
  { file: 'flate-over-lzw.pdf', what: '1 GB of LZW under FlateDecode', make: () => flateOverLzwPdf('Notice', 1024 * MB) },
  {
    file: 'flate-over-run-length.pdf',
    what: '1 GB of run-length under FlateDecode',
    make: () => flateOverRunLengthPdf('Notice', 1024 * MB),
  },
  { file: 'inflates-100mb.docx', what: 'document.xml inflating to 100 MB, declared', make: () => docxOf(' '.repeat(100 * MB)) },
  {
    file: 'lying-sizes.docx',
    what: 'the same, its zip declaring 1 KB entries',
    make: async () => withDeclaredSizes(await docxOf(' '.repeat(100 * MB)), 1024),
  },
  { file: 'dense-63mb.docx', what: '63 MB of one-letter paragraphs (inflate limit 64 MB)', make: () => docxOf(denseParagraphs(63 * MB)) },
  { file: 'nested-1.4m.docx', what: 'elements nested 1.4 million deep (62 MB of XML)', make: () => docxOf(deeplyNested(1_400_000)) },
  { file: 'pages-20000.pdf', what: '20,000 blank pages', make: () => manyPagesPdf(20_000) },
  { file: 'pages-2000.pdf', what: '2,000 blank pages (the page limit)', make: () => manyPagesPdf(2_000) },
  { file: 'image-16000px.pdf', what: 'a scan of one 16,000 x 16,000 image (256 MB decoded)', make: () => pageOfImagesPdf(16_000) },
  { file: 'images-4x10000px.pdf', what: 'a scan of four 10,000 x 10,000 images on one page', make: () => pageOfImagesPdf(10_000, 4) },
  {
    file: 'oversized.pdf',
    what: '26 MB, over the upload limit',
    make: () => pdfWithContent(new Uint8Array(26 * MB).fill(0x20), '[]'),
  },
];

/**
 * Writes every hostile document to `dir` (unless this version already did) and lists them in order.
 * @example await makeHostileInputs('.bench/hostile') // [{ file: 'nested-flate.pdf', what: '1 GB under ...' }, ...]
 */
export async function makeHostileInputs(dir: string): Promise<HostileDocument[]> {
  await mkdir(dir, { recursive: true });
  const stamp = join(dir, 'inputs.version');
  const fresh = existsSync(stamp) && (await readFile(stamp, 'utf8')) === VERSION;
  for (const document of DOCUMENTS) {
    if (!fresh || !existsSync(join(dir, document.file))) await writeFile(join(dir, document.file), await document.make());
  }
  await writeFile(stamp, VERSION);
  return DOCUMENTS.map(({ file, what }) => ({ file, what }));
}
