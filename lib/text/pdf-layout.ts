import { collectLines, type Line, type PositionedText } from './pdf-lines.ts';

export type { PositionedText } from './pdf-lines.ts';

/**
 * The page's plain line spacing: the smallest baseline gap of at least ~one font size. Not the median — in
 * contracts of one-line paragraphs most gaps are paragraph gaps.
 */
const usualLineSpacing = (lines: Line[]): number => {
  const gaps = lines.flatMap((line, index) => {
    const above = lines[index - 1];
    if (above === undefined) return [];
    const gap = above.y - line.y;
    return gap >= line.size * 0.9 ? [gap] : [];
  });
  return gaps.length === 0 ? 0 : Math.min(...gaps);
};

/** Running page numbers ("Page 3 of 12", "- 3 -", "3") carry no contract text and split clauses across pages. */
const PAGE_NUMBER_LINE = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
const isPageNumberLine = (line: Line | undefined): boolean => line !== undefined && PAGE_NUMBER_LINE.test(line.text);

/** What a new section or list item looks like at the start of a line: "7.2 ", "(b) ", "Section 4", "ARTICLE IV". */
const SECTION_START = /^\s*(?:\d+(?:\.\d+)*\.?\s|\(?[a-z0-9]{1,4}\)\s|(?:section|article)\s+[\divxlc]+\b)/i;

/**
 * A line is the wrapped continuation of the one above when the above line was stopped by the margin: the
 * first word of this line would not have fitted in the room left there (the test word processors apply).
 * A short line before it (a heading, a paragraph's last line) or a deeper indent means a new line of
 * thought; so does a section number after a full stop, because cross-references rarely end sentences there.
 */
function continuesPrevious(previous: Line, line: Line, rightEdge: number): boolean {
  const firstWord = line.text.trim().split(/\s+/)[0] ?? '';
  const charWidth = (previous.xEnd - previous.xStart) / Math.max(previous.text.trim().length, 1);
  const room = rightEdge - previous.xEnd;
  const wouldHaveFitted = (firstWord.length + 1) * charWidth < room;
  if (wouldHaveFitted) return false;
  if (line.xStart > previous.xStart + line.size * 0.5) return false;
  if (/[.:;]\s*$/.test(previous.text) && SECTION_START.test(line.text)) return false;
  return true;
}

/**
 * Rebuilds a page's text from pdf.js runs: wrapped lines of a paragraph are joined into one line (so a
 * cross-reference such as "Section\n4.2" never looks like a section start), a blank line goes where the
 * vertical gap is clearly larger than the usual line spacing or a rule of dashes or underscores stood, and
 * page-number lines at the top or bottom are dropped. A section number such as "7.2" therefore starts a line exactly when it starts a paragraph.
 * @example layoutPage(runsOf('1.1 The term is one (1)', 'year.', '', '1.2 Renewal')) // '1.1 The term is one (1) year.\n\n1.2 Renewal'
 */
export function layoutPage(items: readonly PositionedText[]): string {
  return layoutLines(collectLines(items));
}

/** A rule drawn with characters ("-----", "______", "=====") separates what is above from what is below. */
const RULE_LINE = /^\s*(?:[-_=—–.*•·]\s*){3,}$/;

/**
 * `layoutPage` for lines already collected (and cleared of running headers and footers by the caller).
 * @example layoutLines(collectLines(runs)) // as layoutPage(runs)
 */
export function layoutLines(collected: readonly Line[]): string {
  const ruled = new Set<Line>();
  const lines: Line[] = [];
  let afterRule = false;
  for (const line of collected) {
    if (line.text.trim() === '') continue;
    if (RULE_LINE.test(line.text)) {
      afterRule = true;
      continue;
    }
    if (afterRule) ruled.add(line);
    afterRule = false;
    lines.push(line);
  }
  while (isPageNumberLine(lines.at(-1))) lines.pop();
  while (isPageNumberLine(lines[0])) lines.shift();

  const usual = usualLineSpacing(lines);
  const rightEdge = Math.max(...lines.map((line) => line.xEnd));
  let text = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const gap = previous.y - line.y;
      if (ruled.has(line) || (usual > 0 && gap > usual * 1.5)) text += '\n\n';
      else if (!continuesPrevious(previous, line, rightEdge)) text += '\n';
      // A word hyphenated at the margin: leave the break for normalisation to rejoin with or without the hyphen.
      else if (/[A-Za-z]-\s*$/.test(previous.text) && /^\s*[a-z]/.test(line.text)) text += '\n';
      else text += ' ';
    }
    text += line.text;
  });
  return text;
}
