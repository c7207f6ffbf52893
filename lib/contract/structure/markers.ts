/**
 * Section markers as contracts write them: "ARTICLE IV", "Article 5 - TERM", "Section 6.",
 * "14.2", "12.", "(a)", "(ii)", "(A)", "(1)". A marker counts only where a section can begin: at the
 * start of a line or after a run of two or more spaces (text converted from PDF often runs several
 * sections into one line: "6. Term and Termination.   6.1 Term. The initial term ..."). Inline
 * enumerations inside a sentence ("... (a) any breach; (b) ...") are not sections.
 */

export type MarkerKind = 'article' | 'number' | 'paren';

export interface Marker {
  kind: MarkerKind;
  /** "IV" for articles, "7.2" for numbers, "b" for parenthesised items. */
  label: string;
  /** Offset of the marker's first character. */
  start: number;
  /** Offset just after the marker (where its heading or body begins). */
  end: number;
}

// Alternatives: 1 article, 2 "Section N", 3 dotted number, 4 "N." number, 5 parenthesised item.
// No leading-space prefix in the pattern: matching runs of spaces at every position is quadratic in
// the run length (PDF text has long runs); the boundary is checked by hand instead.
// Dotted numbers have at most six levels ("1.2.3.4.5.6"): an unbounded `(?:\.\d{1,3})+` made every
// attempt inside a long run of "1.1.1.…" read to the run's end, quadratic in its length.
const MARKER =
  /(?:(?:ARTICLE|Article)\s+([IVXLC]+|\d{1,3})\b\.?|(?:SECTION|Section)\s+(\d{1,3}(?:\.\d{1,3}){0,5})\b\.?|(\d{1,3}(?:\.\d{1,3}){1,5})\.?(?=[ \t]+[A-Z("\u201c]|\(|[ \t]*\n)|(\d{1,3})\.(?=[ \t]*[A-Z("\u201c])|\(([a-z]{1,4}|[A-Z]{1,3}|\d{1,2})\)(?=[ \t]*\S))/g;

/** Start of text or of a line (after indentation), or after two or more spaces. */
function atSectionStart(text: string, at: number): boolean {
  let i = at - 1;
  let spaces = 0;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    spaces += 1;
    i -= 1;
  }
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || spaces >= 2;
}

/**
 * Every section marker in `text`, in order. Linear: one pass of a single regular expression.
 * @example findMarkers('6. Term and Termination.   6.1 Term. ... (a) any breach').map((m) => m.label) // ['6', '6.1'] (the inline "(a)" is not a section)
 */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!atSectionStart(text, start)) {
      MARKER.lastIndex = start + 1;
      continue;
    }
    if (m[1] !== undefined) markers.push({ kind: 'article', label: m[1], start, end });
    else if (m[2] !== undefined) markers.push({ kind: 'number', label: m[2], start, end });
    else if (m[3] !== undefined) markers.push({ kind: 'number', label: m[3], start, end });
    else if (m[4] !== undefined) markers.push({ kind: 'number', label: m[4], start, end });
    else if (m[5] !== undefined) markers.push({ kind: 'paren', label: m[5], start, end });
    MARKER.lastIndex = end;
  }
  return markers;
}
