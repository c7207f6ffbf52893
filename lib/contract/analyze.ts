import type { AgreementAnalysis, ExtractedText } from '../domain/types.ts';

/**
 * Reads an agreement's text into parties, provisions, term and governing law.
 * STUB — owned by the extraction workstream.
 */
export function analyzeAgreement(_doc: ExtractedText): AgreementAnalysis {
  throw new Error('not implemented');
}
