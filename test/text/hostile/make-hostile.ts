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

/**
 * LZW codes (PDF's 9- to 12-bit variant, EarlyChange 1) for `prefix`, one literal code a byte, then `run`
 * copies of `fill`: after one literal each code names the entry just being made (the encoder's "KwKwK"
 * case), one byte longer each time, so the run costs a code per some thousand bytes once the table is full.
 * The run decodes to at least `run` bytes (the last code may overshoot by a few thousand).
 */
export function lzwEncoded(prefix: Uint8Array, fill: number, run: number): Uint8Array {
  const out: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  let width = 9;
  let nextCode = 258;
  let emitted = 0;
  const write = (code: number) => {
    bitBuffer = (bitBuffer << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      bitCount -= 8;
      out.push((bitBuffer >>> bitCount) & 0xff);
    }
    bitBuffer &= (1 << bitCount) - 1;
  };
  // The decoder adds an entry after every code but the first, then widens its codes one entry early.
  const emit = (code: number) => {
    write(code);
    emitted += 1;
    if (emitted > 1) {
      nextCode += 1;
      const threshold = nextCode + 1;
      if ((threshold & (threshold - 1)) === 0) width = Math.min(Math.log2(threshold) + 1, 12);
    }
  };
  for (const byte of prefix) emit(byte);
  emit(fill);
  let produced = 1;
  let length = 1;
  while (produced < run) {
    if (nextCode < 4096) {
      length += 1;
      emit(nextCode);
    } else emit(4095);
    produced += length;
  }
  emit(257);
  if (bitCount > 0) out.push((bitBuffer << (8 - bitCount)) & 0xff);
  return Uint8Array.from(out);
}

/** Run-length data of `run` copies of `fill`: two bytes for every 128. */
export function runLengthEncoded(fill: number, run: number): Uint8Array {
  const pairs = Math.ceil(run / 128);
  const out = new Uint8Array(pairs * 2 + 1);
  for (let i = 0; i < pairs; i += 1) {
    out[2 * i] = 129; // 257 - 129 = 128 copies of the next byte
    out[2 * i + 1] = fill;
  }
  out[pairs * 2] = 128; // end of data
  return out;
}

const SPACE = 0x20;

/**
 * A one-page PDF that prints `text`, its content stream `data` under `filter` (the /Filter value as written,
 * e.g. '[/FlateDecode /LZWDecode]' or '5 0 R'); `extraObjects` follow as objects 6, 7, ….
 */
export function pdfWithContent(data: Uint8Array, filter: string, extraObjects: string[] = []): Uint8Array {
  return pdfOf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${data.length} /Filter ${filter} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ...extraObjects,
    ],
    new Map([[4, data]]),
  );
}

/** A content stream that prints `text`; spaces after it are whitespace a content stream may hold. */
export const contentOf = (text: string): Uint8Array => new TextEncoder().encode(`BT /F1 12 Tf 72 700 Td (${text}) Tj ET\n`);

/** A PDF whose content stream is `inflated` spaces, LZW-coded and then deflated: ~1 KB that pdf.js would decode to `inflated` bytes. */
export const flateOverLzwPdf = (text: string, inflated: number): Uint8Array =>
  pdfWithContent(deflateSync(lzwEncoded(contentOf(text), SPACE, inflated), { level: 9 }), '[/FlateDecode /LZWDecode]');

/** A PDF whose content stream is `inflated` spaces, run-length coded and then deflated: each stage multiplies. */
export function flateOverRunLengthPdf(text: string, inflated: number): Uint8Array {
  const prefix = contentOf(text);
  const literal = new Uint8Array(prefix.length + Math.ceil(prefix.length / 128));
  let at = 0;
  for (let from = 0; from < prefix.length; from += 128) {
    const chunk = prefix.subarray(from, from + 128);
    literal[at++] = chunk.length - 1;
    literal.set(chunk, at);
    at += chunk.length;
  }
  const run = runLengthEncoded(SPACE, inflated);
  return pdfWithContent(deflateSync(Buffer.concat([literal.subarray(0, at), run]), { level: 9 }), '[/FlateDecode /RunLengthDecode]');
}

/** ASCII85 of `bytes` (the `z` shorthand for four zero bytes included), ending with '~>'. */
export function ascii85Encoded(bytes: Uint8Array): Uint8Array {
  let out = '';
  for (let at = 0; at < bytes.length; at += 4) {
    const group = bytes.subarray(at, at + 4);
    const padded = new Uint8Array(4);
    padded.set(group);
    let value = new DataView(padded.buffer).getUint32(0);
    if (group.length === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const chars: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      chars.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += chars.slice(0, group.length + 1).join('');
  }
  return new TextEncoder().encode(`${out}~>`);
}

/**
 * A one-page "scan" painting `count` different grey images of `side` x `side` pixels, each a deflated run of
 * zeros (about a thousandth of its pixels on disk). Each is within the decoded-bytes limit on its own, but a
 * reader asked for OCR decodes them all, outside its heap.
 */
export async function pageOfImagesPdf(side: number, count = 1): Promise<Uint8Array> {
  const image = new Uint8Array(await deflatedZeros(side * side));
  const names = Array.from({ length: count }, (_, i) => `/Im${i} ${5 + i} 0 R`).join(' ');
  const content = new TextEncoder().encode(Array.from({ length: count }, (_, i) => `q 612 0 0 792 0 0 cm /Im${i} Do Q`).join('\n'));
  const imageObject = `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.length} /Filter /FlateDecode >>`;
  const streams = new Map<number, Uint8Array>([[4, content]]);
  for (let i = 0; i < count; i += 1) streams.set(5 + i, image);
  return pdfOf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << ${names} >> >> >>`,
      `<< /Length ${content.length} >>`,
      ...Array.from({ length: count }, () => imageObject),
    ],
    streams,
  );
}

/**
 * An email forwarding, as an attachment, an email forwarding an email ... `levels` deep: a few hundred bytes a
 * level, and without a depth bound a reader parses the innermost bytes once for every level around them.
 */
export function nestedForwardEml(levels: number): Uint8Array {
  let message =
    'From: ana@acme.example\r\nDate: Fri, 1 Mar 2024 16:12:09 -0800\r\nSubject: Notice\r\nMIME-Version: 1.0\r\n\r\nWe terminate.\r\n';
  for (let level = 0; level < levels; level += 1) {
    const boundary = `level${level}`;
    message = `From: bo@globex.example\r\nSubject: Fwd: Notice\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: message/rfc822\r\n\r\n${message}\r\n--${boundary}--\r\n`;
  }
  return new TextEncoder().encode(message);
}
