/**
 * The sentence around an offset, bounded so that every lookup reads a fixed-size window (keeps the
 * whole analysis linear). A sentence ends at ". " before a capital, at a blank line, or at the window.
 */

export interface Span {
  start: number;
  end: number;
}

const WINDOW = 700;

function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 && text.charCodeAt(i + 1) === 10) return true; // blank line
  if (c !== 46 && c !== 59) return false; // "." or ";" is not a sentence end unless followed by space + capital
  if (c === 59) return false;
  const next = text.charCodeAt(i + 1);
  if (next !== 32 && next !== 10 && next !== 9) return false;
  const after = text
    .slice(i + 1, i + 6)
    .trimStart()
    .charAt(0);
  // "Inc. and", "Sec. 5": a lower-case or digit continuation is not a new sentence.
  return /[A-Z("\u201c]/.test(after);
}

/**
 * The sentence containing `offset`.
 * @example sentenceAround('A b. The term is one year. C d.', 12) // { start: 5, end: 26 }
 */
export function sentenceAround(text: string, offset: number): Span {
  let start = offset;
  const min = Math.max(0, offset - WINDOW);
  while (start > min && !isBoundary(text, start - 1)) start -= 1;
  while (start < offset && /\s/.test(text.charAt(start))) start += 1;
  let end = offset;
  const max = Math.min(text.length, offset + WINDOW);
  while (end < max && !isBoundary(text, end)) end += 1;
  if (end < text.length && text.charCodeAt(end) === 46) end += 1;
  return { start, end };
}
