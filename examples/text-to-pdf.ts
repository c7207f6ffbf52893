import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface TextToPdfOptions {
  /** Document title (metadata); drawn as a heading on page 1 only when `heading` is true. */
  title?: string;
  heading?: boolean;
  /** Paper size; A4 by default. */
  pageSize?: 'A4' | 'Letter';
  fontSize?: number;
}

const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
const MARGIN = 72;

/**
 * The standard Helvetica font only encodes WinAnsi (Latin-1 plus typographic quotes and dashes).
 * Accented letters fall back to their base letter, anything else to "?", so any text can be rendered.
 */
function winAnsiSafe(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  let safe = '';
  for (const char of text.replace(/\t/g, '    ')) {
    if (supported.has(char.codePointAt(0)!)) {
      safe += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    safe += [...base].every((part) => supported.has(part.codePointAt(0)!)) && base !== '' ? base : '?';
  }
  return safe;
}

/** Greedy word wrap; a word wider than the line is broken by characters. */
function wrapLine(line: string, font: PDFFont, size: number, width: number): string[] {
  if (line.trim() === '') return [''];
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  const wrapped: string[] = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') wrapped.push(current);
    current = word;
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut -= 1;
      wrapped.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  wrapped.push(current);
  return wrapped;
}

/**
 * Typesets plain text as a PDF with a real text layer (Helvetica, word-wrapped, numbered pages), so the
 * examples and benchmarks exercise the same PDF reading path as uploaded contracts.
 * @example const bytes = await textToPdf('1. Term\n\n1.1 This Agreement ...', { title: 'Hosting Agreement' }) // Uint8Array starting with %PDF-
 */
export async function textToPdf(text: string, options: TextToPdfOptions = {}): Promise<Uint8Array> {
  // No creation/modification dates: the same text always gives the same bytes, so regenerated examples do not churn.
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const size = options.fontSize ?? 11;
  const leading = size * 1.35;
  const [pageWidth, pageHeight] = PAGE_SIZES[options.pageSize ?? 'A4'];
  const textWidth = pageWidth - 2 * MARGIN;
  if (options.title) document.setTitle(options.title);

  let page: PDFPage = document.addPage([pageWidth, pageHeight]);
  let y = pageHeight - MARGIN;
  const nextLine = () => {
    y -= leading;
    if (y < MARGIN) {
      page = document.addPage([pageWidth, pageHeight]);
      y = pageHeight - MARGIN;
    }
  };
  if (options.title && options.heading) {
    page.drawText(winAnsiSafe(options.title, bold), { x: MARGIN, y, size: size + 3, font: bold });
    y -= leading;
    nextLine();
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    for (const piece of wrapLine(winAnsiSafe(line, font), font, size, textWidth)) {
      if (piece !== '') page.drawText(piece, { x: MARGIN, y, size, font });
      if (index < lines.length - 1 || piece !== '') nextLine();
    }
  });

  const pages = document.getPages();
  pages.forEach((numbered, index) => {
    const label = `Page ${index + 1} of ${pages.length}`;
    const labelWidth = font.widthOfTextAtSize(label, size - 2);
    numbered.drawText(label, { x: (pageWidth - labelWidth) / 2, y: MARGIN / 2, size: size - 2, font });
  });
  return document.save();
}
