import { analyzeAgreement } from '../contract/analyze.ts';
import type { AgreementAnalysis, ExtractedText, LetterAnalysis, Verdict } from '../domain/types.ts';
import { analyzeLetter } from '../letter/analyze-letter.ts';
import { applyEnvelope } from '../letter/envelope.ts';
import { judgeLetter } from '../verdict/judge.ts';
import { reviewOcrConfidence } from './ocr-review.ts';

export interface CheckLetterOptions {
  /** Zone used when neither the letter, the agreement nor its governing law gives one (IANA, e.g. "UTC"). */
  defaultZone: string;
}

export interface LetterCheck {
  agreement: AgreementAnalysis;
  letter: LetterAnalysis;
  verdict: Verdict;
}

/**
 * The use case behind `notice-check check` and the API's verdicts: read the agreement, read the letter,
 * judge the letter against the agreement. Pure: the documents' text is already extracted.
 * @example checkLetter(agreementDoc, letterDoc, { defaultZone: 'UTC' }).verdict.status // 'CONDITIONAL'
 */
export function checkLetter(agreementDoc: ExtractedText, letterDoc: ExtractedText, options: CheckLetterOptions): LetterCheck {
  const agreement = analyzeAgreement(agreementDoc);
  const letter = applyEnvelope(analyzeLetter(letterDoc), letterDoc);
  const judged = judgeLetter(agreement, letter, { defaultZone: options.defaultZone });
  const verdict = reviewOcrConfidence(judged, letter, letterDoc, agreementDoc);
  return { agreement, letter, verdict };
}
