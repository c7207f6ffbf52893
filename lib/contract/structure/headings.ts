/**
 * The heading written right after a section marker: "2.1  Appointment. Subject to ..." → "Appointment";
 * "ARTICLE 5 - TERM" → "TERM"; "ARTICLE IV\nTERM AND TERMINATION" → "TERM AND TERMINATION".
 * A heading is short and in title case or capitals; the first words of a sentence
 * ("5.2 In addition to the License Fee ...") are not a heading.
 */

const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'by', 'with', 'a', 'an', 'as', 'at', 'upon', 'under']);
const MAX_HEADING = 80;

function looksLikeHeading(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > MAX_HEADING) return false;
  if (!/^[A-Z"\u201c]/.test(candidate)) return false;
  const words = candidate.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > 10) return false;
  return words.every((w, i) => /^["\u201c(]?[A-Z0-9]/.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * The heading starting at `from` (just after a marker), or null. Reads at most a short window: linear overall.
 * @example headingAfter('2.1  Appointment. Subject to ...', 3) // 'Appointment'; headingAfter('5.2 In addition to the License Fee ...', 3) // null
 */
export function headingAfter(text: string, from: number): string | null {
  const window = text.slice(from, from + 200);
  const lead = /^[ \t]*[-\u2013\u2014.:]?[ \t]*/.exec(window);
  const rest = window.slice(lead ? lead[0].length : 0);
  // Heading on the same line, ended by ". ", ":", a run of spaces, or the line end.
  const sameLine = /^([^\n]*?)(?:\.(?=\s)|:|\s{3,}|\n|$)/.exec(rest);
  const candidate = sameLine?.[1]?.trim().replace(/[.:]$/, '') ?? '';
  if (candidate !== '' && looksLikeHeading(candidate)) return candidate;
  if (candidate === '') {
    // "ARTICLE IV" alone on its line: the heading is the next non-empty line when it is in capitals.
    const next = /^\s*\n\s*([^\n]{2,80})/.exec(rest);
    const line = next?.[1]?.trim() ?? '';
    if (line !== '' && line === line.toUpperCase() && /[A-Z]/.test(line)) return line.replace(/[.:]$/, '');
  }
  return null;
}
