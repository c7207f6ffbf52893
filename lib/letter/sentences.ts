/**
 * Sentences of a letter with their offsets. Abbreviations common in letters ("Inc.", "No.", "p.m.", "U.S.",
 * "Jan.") do not end a sentence; a blank line always does.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION =
  /(?:\b(?:inc|ltd|co|corp|no|nos|sec|secs|mr|mrs|ms|dr|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|vs|etc|e\.g|i\.e|u\.s|a\.m|p\.m|art|para|approx)|\b[A-Z])\.$/i;

/**
 * Splits `text` into sentences.
 * @example splitSentences('NimbusGrid, Inc. suspends your account. It does so now.').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  const boundary = /[.!?](?=\s+["“(]?[A-Z0-9])|\n\s*\n/g;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (m[0] !== '\n' && !m[0].startsWith('\n')) {
      const tail = text.slice(Math.max(0, at - 12), at + 1);
      if (ABBREVIATION.test(tail)) continue;
      push(at + 1);
    } else {
      push(at);
    }
  }
  push(text.length);
  return out;
}
