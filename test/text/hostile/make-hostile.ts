/**
 * Hostile documents, made at run time (none is committed): each is small on disk and built to cost far
 * more to open than a contract ever does.
 */
import { createDeflate, deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** A valid PDF from object bodies (1-based), with a correct cross-reference table; `streams` maps object numbers to their stream data. */
export function pdfOf(objects: string[], streams: Map<number, Uint8Array> = new Map()): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((body, index) => {
    const number = index + 1;
    offsets[number] = length;
    const data = streams.get(number);
    push(Buffer.from(`${number} 0 obj\n${body}\n`, 'latin1'));
    if (data) {
      push(Buffer.from('stream\n', 'latin1'));
      push(Buffer.from(data));
      push(Buffer.from('\nendstream\n', 'latin1'));
    }
    push(Buffer.from('endobj\n', 'latin1'));
  });
  const xref = length;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (let n = 1; n <= objects.length; n += 1) tail += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** A PDF of `count` blank pages (3 MB for 20,000). */
export function manyPagesPdf(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>');
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, ...pages]);
}

/** `total` zero bytes, deflated as they are produced, so the zeros never exist in memory at once. */
async function deflatedZeros(total: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < total; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A one-page PDF whose content stream is `inflated` zero bytes under three nested FlateDecode filters:
 * a few KB that a reader following the filters inflates to gigabytes.
 */
export async function nestedFlatePdf(inflated = 1024 ** 3): Promise<Uint8Array> {
  const bomb = deflateSync(deflateSync(await deflatedZeros(inflated), { level: 9 }), { level: 9 });
  return pdfOf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      `<< /Length ${bomb.length} /Filter [/FlateDecode /FlateDecode /FlateDecode] >>`,
    ],
    new Map([[4, bomb]]),
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose word/document.xml is `body` inside <w:document><w:body>. */
export function docxOf(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Paragraphs of one short run each, repeated to `bytes` of XML: dense in elements, as the worst real bombs are. */
export const denseParagraphs = (bytes: number): string => '<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(Math.ceil(bytes / 34));

/** Elements nested `depth` levels deep around one run of text. */
export const deeplyNested = (depth: number): string =>
  `${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Notice</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`;

/**
 * The same zip, its directory and local headers lying that every entry inflates to `claimed` bytes: a reader
 * that trusts the declared sizes lets the bomb through.
 */
export function withDeclaredSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, claimed, true);
    else if (signature === 0x02014b50) view.setUint32(at + 24, claimed, true);
  }
  return bytes;
}
