/** A positioned run of text as pdf.js reports it (only the fields layout needs). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, x, y]: x/y is the baseline origin; hypot(c, d) is the font size. */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

const fontSizeOf = (item: PositionedText): number => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;

/** Items on one line share a baseline; a shift of more than half the font size starts a new line. */
const sameLine = (a: PositionedText, b: PositionedText): boolean =>
  Math.abs((a.transform[5] ?? 0) - (b.transform[5] ?? 0)) < fontSizeOf(a) / 2;

function collectLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let previous: PositionedText | null = null;
  for (const item of items) {
    if (current && previous && !sameLine(previous, item)) {
      lines.push(current);
      current = null;
    }
    if (!current) {
      current = { text: '', y: item.transform[5] ?? 0, size: fontSizeOf(item) };
    } else if (previous && item.str !== '' && !/\s$/.test(current.text) && !/^\s/.test(item.str)) {
      // Some producers emit words as separate runs with no space item between them: infer the space from the gap.
      const gap = (item.transform[4] ?? 0) - ((previous.transform[4] ?? 0) + previous.width);
      if (gap > fontSizeOf(item) * 0.15) current.text += ' ';
    }
    current.text += item.str;
    previous = item;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
      previous = null;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The page's plain line spacing: the smallest baseline gap of at least ~one font size. Not the median — in
 * contracts of one-line paragraphs most gaps are paragraph gaps.
 */
const usualLineSpacing = (lines: Line[]): number => {
  const gaps = lines.slice(1).flatMap((line, index) => {
    const gap = lines[index]!.y - line.y;
    return gap >= line.size * 0.9 ? [gap] : [];
  });
  return gaps.length === 0 ? 0 : Math.min(...gaps);
};

/** Running page numbers ("Page 3 of 12", "- 3 -", "3") carry no contract text and split clauses across pages. */
const PAGE_NUMBER_LINE = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;

/**
 * Rebuilds a page's text from pdf.js runs: one line per baseline, a blank line where the vertical gap is
 * clearly larger than the page's usual line spacing (a paragraph break), page-number lines at the top or
 * bottom dropped. Lines are kept as lines: a section number such as "7.2" at a line start is a signal.
 * @example layoutPage(itemsOf('1. Term\n\n1.1 The term is ...')) // '1. Term\n\n1.1 The term is ...'
 */
export function layoutPage(items: readonly PositionedText[]): string {
  const lines = collectLines(items).filter((line) => line.text.trim() !== '');
  while (lines.length > 0 && PAGE_NUMBER_LINE.test(lines[lines.length - 1]!.text)) lines.pop();
  while (lines.length > 0 && PAGE_NUMBER_LINE.test(lines[0]!.text)) lines.shift();

  const usual = usualLineSpacing(lines);
  let text = '';
  lines.forEach((line, index) => {
    if (index > 0) {
      const gap = lines[index - 1]!.y - line.y;
      const paragraphBreak = usual > 0 && gap > usual * 1.5;
      text += paragraphBreak ? '\n\n' : '\n';
    }
    text += line.text;
  });
  return text;
}
