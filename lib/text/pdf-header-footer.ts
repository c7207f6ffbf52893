import type { Line } from './pdf-lines.ts';

/** Lines at the top and bottom of a page where running headers and footers sit. */
const EDGE_LINES = 3;

/** Same text apart from its numbers ("Page 3 of 12", "MSA v2 – 14"), in any case and spacing. */
const keyOf = (line: Line): string => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** The page's top and bottom lines by baseline, whatever order the producer wrote them in. */
function edgeLines(lines: readonly Line[]): Line[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  if (byHeight.length <= EDGE_LINES * 2) return byHeight;
  return [...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)];
}

/**
 * Removes running headers and footers: a line near the top or bottom of a page whose text (numbers aside)
 * recurs at about the same height on most pages — at least two and more than half of them. Such lines
 * otherwise land inside clauses that run across a page break. Single-page documents are returned as they are.
 * @example removeRunningLines([[header, clauseStart], [header, clauseEnd]]) // [[clauseStart], [clauseEnd]]
 */
export function removeRunningLines(pages: readonly (readonly Line[])[]): Line[][] {
  if (pages.length < 2) return pages.map((lines) => [...lines]);
  const seen = new Map<string, { pages: Set<number>; y: number[] }>();
  pages.forEach((lines, pageIndex) => {
    for (const line of edgeLines(lines)) {
      const key = keyOf(line);
      if (key === '') continue;
      const entry = seen.get(key) ?? { pages: new Set<number>(), y: [] };
      entry.pages.add(pageIndex);
      entry.y.push(line.y);
      seen.set(key, entry);
    }
  });
  const needed = Math.max(2, Math.floor(pages.length / 2) + 1);
  const running = new Map<string, number>();
  for (const [key, entry] of seen) {
    if (entry.pages.size < needed) continue;
    const sorted = [...entry.y].sort((a, b) => a - b);
    running.set(key, sorted[Math.floor(sorted.length / 2)] ?? 0);
  }
  if (running.size === 0) return pages.map((lines) => [...lines]);
  return pages.map((lines) => {
    const edges = new Set(edgeLines(lines));
    return lines.filter((line) => {
      const y = running.get(keyOf(line));
      return !(edges.has(line) && y !== undefined && Math.abs(line.y - y) <= line.size * 2);
    });
  });
}
