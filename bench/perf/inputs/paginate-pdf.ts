/**
 * Lays paragraphs out on US Letter pages with pdf-lib until exactly `pages` pages are full, so the
 * 20- and 200-page inputs have the density of a real typeset agreement (about 3,000 characters a page).
 */
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

const PAGE = { width: 612, height: 792, margin: 72 };
const SIZE = 11;
const LEADING = 14;

function wrap(paragraph: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * @example await paginatePdf(contractParagraphs(1), 20, 'Master Services Agreement') // a 20-page PDF
 */
export async function paginatePdf(paragraphs: Iterable<string>, pages: number, title: string): Promise<Uint8Array> {
  // Fixed dates keep the file byte-identical between runs.
  const fixed = new Date(Date.UTC(2025, 0, 1));
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, font, width)) {
      if (y < PAGE.margin) {
        if (doc.getPageCount() === pages) return doc.save();
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= LEADING / 2;
  }
  return doc.save();
}
