/** A positioned run of text as pdf.js reports it (only the fields layout needs). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, x, y]: x/y is the baseline origin; hypot(c, d) is the font size. */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** One printed line: its text, baseline, font size and horizontal extent. */
export interface Line {
  text: string;
  y: number;
  size: number;
  xStart: number;
  xEnd: number;
}

const fontSizeOf = (item: PositionedText): number => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;

/** Items on one line share a baseline; a shift of more than half the font size starts a new line. */
const sameLine = (a: PositionedText, b: PositionedText): boolean =>
  Math.abs((a.transform[5] ?? 0) - (b.transform[5] ?? 0)) < fontSizeOf(a) / 2;

/**
 * Groups pdf.js text runs into printed lines, in content order. A line ends where pdf.js marks an end of
 * line or the baseline moves.
 * @example collectLines(runs).map((line) => line.text) // ['1. TERM', '1.1 This Agreement begins ...']
 */
export function collectLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let previous: PositionedText | null = null;
  for (const item of items) {
    if (current && previous && !sameLine(previous, item)) {
      lines.push(current);
      current = null;
    }
    const x = item.transform[4] ?? 0;
    if (!current) {
      current = { text: '', y: item.transform[5] ?? 0, size: fontSizeOf(item), xStart: x, xEnd: x };
    } else if (previous && item.str !== '' && !/\s$/.test(current.text) && !/^\s/.test(item.str)) {
      // Some producers emit words as separate runs with no space item between them: infer the space from the gap.
      const gap = x - ((previous.transform[4] ?? 0) + previous.width);
      if (gap > fontSizeOf(item) * 0.15) current.text += ' ';
    }
    if (item.str.trim() !== '') {
      if (current.text.trim() === '') current.xStart = x;
      current.xEnd = Math.max(current.xEnd, x + item.width);
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
