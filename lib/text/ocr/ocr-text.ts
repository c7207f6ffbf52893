import type { OcrReading } from '../../domain/types.ts';
import type { OcrPage } from './ocr-engine.ts';

/**
 * An OCR'd page as text (words joined by spaces, lines by line breaks) with each word's offset and
 * confidence, so facts found in the text can be traced back to how surely they were read.
 * @example ocrPageText({ lines: [[{ text: 'We', confidence: 96 }, { text: 'terminate.', confidence: 91 }]], meanConfidence: 93 }, 0).text
 * // 'We terminate.'
 */
export function ocrPageText(page: OcrPage, offset: number): { text: string; words: OcrReading['words'] } {
  let text = '';
  const words: OcrReading['words'] = [];
  for (const line of page.lines) {
    if (text !== '') text += '\n';
    line.forEach((word, index) => {
      if (index > 0) text += ' ';
      words.push({ start: offset + text.length, end: offset + text.length + word.text.length, confidence: word.confidence });
      text += word.text;
    });
  }
  return { text, words };
}
