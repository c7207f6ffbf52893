import type { ExtractedText, LetterAnalysis } from '../domain/types.ts';

/** Reads a notice letter. STUB — owned by the verdict workstream. */
export function analyzeLetter(_doc: ExtractedText): LetterAnalysis {
  throw new Error('not implemented');
}
