import { describe, expect, it } from 'vitest';
import { textToPdf } from '../../examples/text-to-pdf.ts';
import { extractText, pageAt } from '../../lib/text/extract-text.ts';

describe('textToPdf round-trips through extractText', () => {
  it('wraps long text over numbered pages that read back in order', async () => {
    const clauses = Array.from(
      { length: 80 },
      (_, index) =>
        `${index + 1}.1 Either party may terminate this Agreement upon thirty (30) days' prior written notice to the other party.`,
    );
    const pdf = await textToPdf(clauses.join('\n\n'), { title: 'Long agreement', pageSize: 'Letter' });
    const doc = await extractText(pdf, { fileName: 'long.pdf' });
    expect(doc.pages).toBeGreaterThan(2);
    const last = doc.text.indexOf('80.1 Either party');
    expect(last).toBeGreaterThan(doc.text.indexOf('79.1 Either party'));
    expect(pageAt(doc.pageStarts, last)).toBe(doc.pages);
    expect(doc.text).not.toMatch(/Page \d+ of \d+/);
  });

  it('replaces characters Helvetica cannot encode instead of failing', async () => {
    const pdf = await textToPdf('Notice to Zürich “office” — 東京 ✓', {});
    const doc = await extractText(pdf, { fileName: 'x.pdf' });
    expect(doc.text).toBe('Notice to Zürich “office” — ?? ?');
  });

  it('breaks a word longer than the line', async () => {
    const pdf = await textToPdf('x'.repeat(400), {});
    const doc = await extractText(pdf, { fileName: 'x.pdf' });
    expect(doc.text.replace(/\s/g, '')).toBe('x'.repeat(400));
  });
});

describe('textToPdf output', () => {
  it('is the same bytes for the same text, so regenerated examples do not change', async () => {
    const first = await textToPdf('1. Term. One (1) year.', { title: 'Same' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await textToPdf('1. Term. One (1) year.', { title: 'Same' });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
