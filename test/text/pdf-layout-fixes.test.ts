import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement } from '../../lib/contract/analyze.ts';
import { pageAt } from '../../lib/text/page-map.ts';
import { readPdf } from '../../lib/text/pdf.ts';
import { resolveLineEndHyphens } from '../../lib/text/pdf-hyphens.ts';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

type PageLines = { lines: string[]; field?: { label: string; value: string } };

/**
 * A contract typeset line by line, as a word processor lays it out: a running header and a "Page N of M"
 * footer on every page, clauses running across page breaks, exactly the line breaks given.
 */
async function contractPdf(pages: PageLines[]): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const form = document.getForm();
  pages.forEach((spec, index) => {
    const page = document.addPage([612, 792]);
    page.drawText('MASTER SERVICES AGREEMENT - CONFIDENTIAL', { x: 72, y: 750, size: 9, font });
    let y = 700;
    for (const line of spec.lines) {
      if (line !== '') page.drawText(line, { x: 72, y, size: 11, font });
      y -= 15;
    }
    if (spec.field) {
      page.drawText(spec.field.label, { x: 72, y, size: 11, font });
      const field = form.createTextField(`field${index}`);
      field.setText(spec.field.value);
      field.addToPage(page, { x: 180, y: y - 3, width: 150, height: 15, font });
    }
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: 280, y: 40, size: 9, font });
  });
  return document.save();
}

const PAGES: PageLines[] = [
  {
    lines: [
      '1. TERM AND TERMINATION',
      '',
      '1.1 This Agreement commences on the Effective Date and continues for two (2) years. Either',
      'party may terminate this Agreement for convenience by giving the other party at least',
    ],
  },
  {
    lines: [
      'ninety (90) days prior written notice. Fees paid into the interest-',
      'bearing escrow account are not refundable upon such termi-',
      'nation of this Agreement.',
      '______________________________',
      'Notices under this Agreement shall be in writing.',
    ],
  },
  {
    lines: ['1.2 Customer may terminate this Agreement for material breach not cured within thirty (30)', 'days.'],
    field: { label: 'Effective Date:', value: 'July 1, 2025' },
  },
];

describe('PDF layout fixes', () => {
  it('running headers and page-number footers are removed, so a clause crossing a page break comes out whole', async () => {
    const doc = await readPdf(await contractPdf(PAGES));
    expect(doc.text).not.toContain('CONFIDENTIAL');
    expect(doc.text).not.toMatch(/Page \d of 3/);
    // The pages join with a single line break inside a paragraph, as wrapped lines of one paragraph do.
    expect(oneLine(doc.text)).toContain(
      'Either party may terminate this Agreement for convenience by giving the other party at least ninety (90) days prior written notice. Fees paid',
    );
  });

  it('page numbers still point into the text: the clause continuing on page 2 is found on page 2', async () => {
    const doc = await readPdf(await contractPdf(PAGES));
    expect(doc.pages).toBe(3);
    expect(pageAt(doc.pageStarts, doc.text.indexOf('1.1 This Agreement'))).toBe(1);
    expect(pageAt(doc.pageStarts, doc.text.indexOf('escrow account'))).toBe(2);
    expect(pageAt(doc.pageStarts, doc.text.indexOf('1.2 Customer'))).toBe(3);
  });

  it('a compound keeps its line-end hyphen, a split word loses it', async () => {
    const doc = await readPdf(await contractPdf(PAGES));
    expect(doc.text).toContain('interest-bearing escrow account');
    expect(doc.text).toContain('upon such termination of this Agreement');
  });

  it('a rule of underscores separates the paragraphs around it instead of joining them', async () => {
    const doc = await readPdf(await contractPdf(PAGES));
    expect(doc.text).toMatch(/of this Agreement\.\n\nNotices under this Agreement/);
    expect(doc.text).not.toContain('____');
  });

  it('a filled-in form field is read on its label line', async () => {
    const doc = await readPdf(await contractPdf(PAGES));
    expect(doc.text).toContain('Effective Date: July 1, 2025');
  });

  it('a free-text annotation (a flat form filled with the typewriter tool) is read on its line; a sticky note is not', async () => {
    const document = await PDFDocument.create({ updateMetadata: false });
    const font = await document.embedFont(StandardFonts.Helvetica);
    const page = document.addPage([612, 792]);
    page.drawText('NOTICE OF TERMINATION', { x: 72, y: 720, size: 11, font });
    page.drawText('Notice address:', { x: 72, y: 690, size: 11, font });
    const annotation = (subtype: string, rect: number[], contents: string) =>
      document.context.register(
        document.context.obj({
          Type: 'Annot',
          Subtype: subtype,
          Rect: rect,
          Contents: PDFString.of(contents),
          DA: PDFString.of('/Helv 11 Tf 0 g'),
        }),
      );
    page.node.set(
      PDFName.of('Annots'),
      document.context.obj([
        annotation('FreeText', [170, 687, 420, 702], '12 Harbour Road, Leith'),
        annotation('Text', [450, 687, 470, 707], 'Check this address with legal'),
      ]),
    );
    const doc = await readPdf(await document.save());
    expect(doc.text).toContain('Notice address: 12 Harbour Road, Leith');
    expect(doc.text).not.toContain('Check this address');
  });

  it('the termination clauses are found whole by the agreement analysis', async () => {
    const agreement = analyzeAgreement(await readPdf(await contractPdf(PAGES)));
    const convenience = agreement.provisions.find((p) => p.notice?.amount === 90);
    expect(oneLine(convenience?.text ?? '')).toContain(
      'Either party may terminate this Agreement for convenience by giving the other party at least ninety (90) days prior written notice',
    );
    expect(convenience?.text).not.toContain('CONFIDENTIAL');
  });

  it('a one-page document keeps its top line even if it looks like a header', async () => {
    const doc = await readPdf(await contractPdf([{ lines: ['Either party may terminate this Agreement on thirty (30) days notice.'] }]));
    expect(doc.text).toContain('MASTER SERVICES AGREEMENT - CONFIDENTIAL');
  });
});

describe('resolveLineEndHyphens', () => {
  it.each([
    ['the document writes the compound mid-line elsewhere', ['a cross-\ndefault clause', 'any cross-default'], 'a cross-default clause'],
    ['the document writes the joined word elsewhere', ['notwith-\nstanding', 'notwithstanding the above'], 'notwithstanding'],
    ['a compound ending keeps the hyphen', ['a fee-\nbased price'], 'a fee-based price'],
    ['no evidence leaves the break to normalisation', ['the termi-\nnation'], 'the termi-\nnation'],
  ])('%s', (_case, pages, expected) => {
    expect(resolveLineEndHyphens(pages)[0]).toBe(expected);
  });
});
