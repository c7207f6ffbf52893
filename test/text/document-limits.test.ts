/**
 * Documents within the upload size that would take too much to open are refused with TOO_COMPLEX before
 * the expensive work starts: a PDF with thousands of (empty) pages, a .docx whose entries expand far beyond
 * its size. Both are built here at run time; none is committed.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../lib/text/docx.ts';
import { readPdf } from '../../lib/text/pdf.ts';
import { declaredEntries } from '../../lib/text/zip-declared-sizes.ts';

/** A valid PDF of `count` blank pages, written object by object with a correct cross-reference table. */
function pdfWithPages(count: number): Uint8Array {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`;
  for (let i = 0; i < count; i += 1) objects[i + 3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n += 1) {
    offsets[n] = body.length;
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n += 1) body += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function docxWithDocumentOf(bytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<w:document>${' '.repeat(bytes)}</w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('document limits', () => {
  it('refuses a PDF with more pages than the limit before reading any', async () => {
    const bytes = pdfWithPages(20_000);
    await expect(readPdf(bytes, { fileName: 'many-pages.pdf' })).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: expect.stringContaining('20,000 pages'),
    });
  });

  it('reads a PDF at the limit past the page check (it then has no text)', async () => {
    await expect(readPdf(pdfWithPages(3), { fileName: 'short.pdf', maxPages: 3 })).rejects.toMatchObject({ code: 'NO_TEXT' });
  });

  it('reads the sizes a zip declares without inflating it', async () => {
    const entries = declaredEntries(await docxWithDocumentOf(5_000_000));
    expect(entries?.find((e) => e.name === 'word/document.xml')?.uncompressedSize).toBe(5_000_000 + '<w:document></w:document>'.length);
  });

  it('refuses a .docx that would expand past the limit', async () => {
    const bytes = await docxWithDocumentOf(5_000_000);
    expect(bytes.byteLength).toBeLessThan(100_000);
    await expect(readDocx(bytes, 'bomb.docx', 1_000_000)).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: expect.stringContaining('bomb.docx would expand to 5 MB'),
    });
  });

  it('finds no directory in bytes that are not a zip', () => {
    expect(declaredEntries(new TextEncoder().encode('not a zip at all'))).toBeNull();
  });
});
