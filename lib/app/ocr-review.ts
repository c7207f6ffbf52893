import type { ExtractedText, LetterAnalysis, Verdict, WrittenMoment } from '../domain/types.ts';
import { DOUBTFUL_BELOW } from '../text/ocr/ocr-engine.ts';

interface Span {
  start: number;
  end: number;
}

/** A number written before a period unit ("thirty (30) days", "90 days"): the notice and cure periods. */
const PERIOD_NUMBER = /\b(?:\d{1,4}|\(\d{1,4}\))(?=[\s)]*(?:calendar\s+|business\s+)?(?:days?|weeks?|months?|years?|hours?)\b)/gi;

const momentSpan = (moment: WrittenMoment | null | undefined): Span[] => (moment ? [{ start: moment.start, end: moment.end }] : []);

/** Where the facts a letter verdict uses stand in the letter's text: dates and times, periods, sections, sender. */
function letterFactSpans(letter: LetterAnalysis, text: string): Span[] {
  const spans: Span[] = [...momentSpan(letter.sent), ...momentSpan(letter.earlierNotice?.moment)];
  if (letter.effective?.kind === 'moment') spans.push(...momentSpan(letter.effective.moment));
  for (const m of text.matchAll(PERIOD_NUMBER)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const section of letter.sectionsCited) {
    const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`\\b${escaped}\\b`, 'g'))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const sender = letter.senderText;
  for (let at = sender ? text.indexOf(sender) : -1; sender && at >= 0; at = text.indexOf(sender, at + 1)) {
    spans.push({ start: at, end: at + sender.length });
  }
  return spans;
}

/** The periods and section numbers of the agreement provisions the verdict applied. */
function agreementFactSpans(verdict: Verdict, text: string): Span[] {
  return verdict.provisions
    .filter((p) => p.applies)
    .flatMap((p) =>
      [...text.slice(p.start, p.end).matchAll(PERIOD_NUMBER)].map((m) => ({
        start: p.start + m.index,
        end: p.start + m.index + m[0].length,
      })),
    );
}

function doubtfulWords(doc: ExtractedText, spans: Span[]): string[] {
  const ocr = doc.ocr;
  if (!ocr) return [];
  const threshold = DOUBTFUL_BELOW[ocr.engine];
  const found = new Map<string, number>();
  for (const word of ocr.words) {
    if (word.confidence >= threshold) continue;
    if (!spans.some((span) => word.start < span.end && word.end > span.start)) continue;
    const text = doc.text.slice(word.start, word.end).replace(/^[("'“]+|[.,;:)"'”]+$/g, '');
    found.set(text, Math.min(found.get(text) ?? 100, word.confidence));
  }
  return [...found].map(([text, confidence]) => `'${text}' was read with ${Math.round(confidence)}% confidence`);
}

/**
 * An OCR'd verdict must never be confidently wrong: when a word behind a fact the verdict used (a date or
 * time, a notice or cure period, a cited section, the sender) was read below the engine's threshold
 * (tesseract 85, Textract 90), the verdict becomes NEEDS_REVIEW and names the doubtful words. Documents
 * without OCR text leave the verdict unchanged.
 * @example reviewOcrConfidence(verdict, letter, scannedLetter).reviewReasons // ["'2028' was read with 58% confidence"]
 */
export function reviewOcrConfidence(
  verdict: Verdict,
  letter: LetterAnalysis,
  letterDoc: ExtractedText,
  agreementDoc?: ExtractedText,
): Verdict {
  const doubts = [
    ...doubtfulWords(letterDoc, letterFactSpans(letter, letterDoc.text)),
    ...(agreementDoc ? doubtfulWords(agreementDoc, agreementFactSpans(verdict, agreementDoc.text)) : []),
  ];
  if (doubts.length === 0) return verdict;
  const explanation = `The scanned text could not be read with certainty where the verdict depends on it: ${doubts.join('; ')}. Check these against the original.`;
  return {
    ...verdict,
    status: 'NEEDS_REVIEW',
    reviewReasons: [...(verdict.reviewReasons ?? []), ...doubts],
    explanation: [...verdict.explanation, explanation],
  };
}
