import { simpleParser } from 'mailparser';

/** html-to-text, which mailparser uses, wraps at 80 columns. */
const WRAP_WIDTH = 80;

/**
 * Undoes the converter's 80-column wrapping: a line was wrapped exactly when the next line's first word
 * would not have fitted on it. Rejoined sentences keep clauses and dates whole for the letter analysis.
 */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const firstWord = line.trimStart().split(/\s/, 1)[0] ?? '';
    if (previous !== undefined && previous.trim() !== '' && firstWord !== '' && previous.length + 1 + firstWord.length > WRAP_WIDTH) {
      out[out.length - 1] = `${previous} ${line.trimStart()}`;
    } else out.push(line);
  }
  return out.join('\n');
}

/**
 * HTML mail bodies as text, through mailparser's own HTML-to-text conversion, so HTML-only .eml and .msg
 * bodies read the same way: paragraphs and line breaks kept, images and link targets dropped, the converter's line wrapping undone.
 * @example await htmlToPlainText('<p>Dear Tomas,</p><p>We terminate.</p>') // 'Dear Tomas,\n\nWe terminate.'
 */
export async function htmlToPlainText(html: string): Promise<string> {
  // The converter prints image sources and link targets in brackets: noise inside a letter's sentences.
  const cleaned = html.replace(/<img\b[^>]*>/gi, '').replace(/<a\b[^>]*>/gi, '<a>');
  const parsed = await simpleParser(
    Buffer.from(`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${cleaned}`, 'utf8'),
  );
  return unwrap(parsed.text ?? '');
}
