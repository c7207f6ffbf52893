import type { AgreementAnalysis, ExtractedText, LetterAnalysis, OcrDoubt, Verdict, WrittenMoment } from '../domain/types.ts';
import { DOUBTFUL_BELOW } from '../text/ocr/ocr-engine.ts';

interface Span {
  start: number;
  end: number;
}

/** A number written before a period unit ("thirty (30) days", "90 days"): the notice and cure periods. */
const PERIOD_NUMBER = /\b(?:\d{1,4}|\(\d{1,4}\))(?=[\s)]*(?:calendar\s+|business\s+)?(?:days?|weeks?|months?|years?|hours?)\b)/gi;

const momentSpan = (moment: WrittenMoment | null | undefined): Span[] => (moment ? [{ start: moment.start, end: moment.end }] : []);

const periodNumberSpans = (text: string): Span[] =>
  [...text.matchAll(PERIOD_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Where the facts a letter verdict uses stand in the letter's text: dates and times, periods, sections, sender. */
function letterFactSpans(letter: LetterAnalysis, text: string): Span[] {
  const spans: Span[] = [...momentSpan(letter.sent), ...momentSpan(letter.earlierNotice?.moment)];
  if (letter.effective?.kind === 'moment') spans.push(...momentSpan(letter.effective.moment));
  spans.push(...periodNumberSpans(text));
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

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;

/** The OCR'd words of `doc` read below the engine's threshold that stand inside one of `spans`. */
function doubtfulWordsIn(doc: ExtractedText, spans: Span[]): OcrDoubt[] {
  const ocr = doc.ocr;
  if (!ocr) return [];
  const threshold = DOUBTFUL_BELOW[ocr.engine];
  return ocr.words
    .filter((word) => word.confidence < threshold && spans.some((span) => overlaps(word, span)))
    .map((word) => ({
      word: doc.text.slice(word.start, word.end).replace(/^[("'“]+|[.,;:)"'”]+$/g, ''),
      confidence: word.confidence,
      start: word.start,
      end: word.end,
    }));
}

/** The problem the letter analysis records for a stated date it cannot read: 'unparseable date: "…"'. */
const UNREADABLE_DATE = /^unparseable date: "(.+?)"/;

/**
 * Dates the letter states but that read as no date ("January-9, 2021" where a speck became a hyphen), where
 * the text came from OCR: the engine may have been sure of a misread word, so its confidence is no comfort.
 */
function misreadDates(letter: LetterAnalysis, doc: ExtractedText): OcrDoubt[] {
  const words = doc.ocr?.words ?? [];
  return letter.problems.flatMap((problem) => {
    const written = UNREADABLE_DATE.exec(problem)?.[1];
    const start = written ? doc.text.indexOf(written) : -1;
    if (!written || start < 0) return [];
    const span = { start, end: start + written.length };
    const read = words.filter((word) => overlaps(word, span));
    if (read.length === 0) return [];
    return [{ word: written, confidence: Math.min(...read.map((w) => w.confidence)), ...span, notADate: true as const }];
  });
}

/**
 * The doubtful OCR words behind a letter's facts (a date or time, a notice or cure period, a cited section,
 * the sender), found when the letter is analysed, while its text and OCR reading are at hand; and a stated
 * date that OCR turned into no date at all, however sure the engine was.
 * @example letterOcrDoubts(letter, scannedLetter) // [{ word: '2028', confidence: 58, start: 112, end: 116 }]
 */
export function letterOcrDoubts(letter: LetterAnalysis, letterDoc: ExtractedText): OcrDoubt[] {
  return [...doubtfulWordsIn(letterDoc, letterFactSpans(letter, letterDoc.text)), ...misreadDates(letter, letterDoc)];
}

/**
 * The doubtful OCR words in an agreement's notice and cure periods; which of them matter depends on the
 * provisions a verdict applies, so all are kept and `withOcrDoubts` picks.
 * @example agreementOcrDoubts(scannedAgreement) // [{ word: '(30)', confidence: 71, start: 2210, end: 2214 }]
 */
export function agreementOcrDoubts(agreementDoc: ExtractedText): OcrDoubt[] {
  return doubtfulWordsIn(agreementDoc, periodNumberSpans(agreementDoc.text));
}

/** One reason per word, at its lowest confidence, in the order first read. */
function reasons(doubts: OcrDoubt[]): string[] {
  const lowest = new Map<string, number>();
  const misread = new Set<string>();
  for (const { word, confidence, notADate } of doubts) {
    if (notADate) misread.add(word);
    else lowest.set(word, Math.min(lowest.get(word) ?? 100, confidence));
  }
  return [
    ...[...lowest].map(([word, confidence]) => `'${word}' was read with ${Math.round(confidence)}% confidence`),
    ...[...misread].map((words) => `'${words}' was read from the scan but is not a date as read`),
  ];
}

/**
 * An OCR'd verdict must never be confidently wrong: when a word behind a fact the verdict used was read
 * below the engine's threshold (tesseract 85, Textract 90), the verdict becomes NEEDS_REVIEW and names the
 * doubtful words. The doubts are those stored with the analyses (`ocrDoubts`), so a verdict judged later
 * from stored analyses says the same as one judged at once; agreement doubts count only inside the
 * provisions the verdict applied.
 * @example withOcrDoubts(verdict, { ...letter, ocrDoubts: [{ word: '2028', confidence: 58, start: 9, end: 13 }] }).reviewReasons
 * // ["'2028' was read with 58% confidence"]
 */
export function withOcrDoubts(
  verdict: Verdict,
  letter: Pick<LetterAnalysis, 'ocrDoubts'>,
  agreement?: Pick<AgreementAnalysis, 'ocrDoubts'>,
): Verdict {
  const applied = verdict.provisions.filter((p) => p.applies);
  const agreementDoubts = (agreement?.ocrDoubts ?? []).filter((doubt) => applied.some((p) => overlaps(doubt, p)));
  const doubts = reasons([...(letter.ocrDoubts ?? []), ...agreementDoubts]);
  if (doubts.length === 0) return verdict;
  const explanation = `The scanned text could not be read with certainty where the verdict depends on it: ${doubts.join('; ')}. Check these against the original.`;
  return {
    ...verdict,
    status: 'NEEDS_REVIEW',
    reviewReasons: [...(verdict.reviewReasons ?? []), ...doubts],
    explanation: [...verdict.explanation, explanation],
  };
}

/**
 * `withOcrDoubts` for documents at hand: the doubts are found in their OCR readings first. Documents
 * without OCR text leave the verdict unchanged.
 * @example reviewOcrConfidence(verdict, letter, scannedLetter).reviewReasons // ["'2028' was read with 58% confidence"]
 */
export function reviewOcrConfidence(
  verdict: Verdict,
  letter: LetterAnalysis,
  letterDoc: ExtractedText,
  agreementDoc?: ExtractedText,
): Verdict {
  const agreement = agreementDoc ? { ocrDoubts: agreementOcrDoubts(agreementDoc) } : undefined;
  return withOcrDoubts(verdict, { ocrDoubts: letterOcrDoubts(letter, letterDoc) }, agreement);
}
