import type { AgreementAnalysis, LetterAnalysis, Verdict } from '../domain/types.ts';

export interface JudgeOptions {
  /** Zone used when neither the letter, the agreement nor the governing law gives one. */
  defaultZone: string;
}

/** Judges a letter against its agreement. STUB — owned by the verdict workstream. */
export function judgeLetter(_agreement: AgreementAnalysis, _letter: LetterAnalysis, _options: JudgeOptions): Verdict {
  throw new Error('not implemented');
}
