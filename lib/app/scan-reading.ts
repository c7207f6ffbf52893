/**
 * Scanned pages in the ingest path: the domain the ingest use case receives, with OCR wired into its text
 * extraction and the OCR doubts carried from the analyses to the verdicts. Verdicts are re-judged later
 * from stored analyses (another document of the contract arrives), so the doubtful words are kept with
 * the analyses rather than looked up in a text that is no longer at hand.
 */
import type { OcrEngine, StoredDocument } from '../text/ocr/ocr-engine.ts';
import { agreementOcrDoubts, letterOcrDoubts, withOcrDoubts } from './ocr-review.ts';
import type { DomainPort } from './ports.ts';

/**
 * Decorates a domain so that scanned pages are read by `ocr` (none: scans stay NO_TEXT) — by its engine
 * for the stored document when `storedAt` knows where the bytes came from — and a verdict that
 * relies on a doubtful OCR word is NEEDS_REVIEW naming it, as `notice-check check` says.
 * @example ingestObject({ ...deps, domain: withScanReading(realDomain, lazyTesseractEngine()) }, { key })
 */
export function withScanReading(
  domain: DomainPort,
  ocr?: OcrEngine,
  storedAt?: (bytes: Uint8Array) => StoredDocument | undefined,
): DomainPort {
  const engineFor = (bytes: Uint8Array): OcrEngine | undefined => {
    const stored = storedAt?.(bytes);
    return stored && ocr?.forDocument ? ocr.forDocument(stored) : ocr;
  };
  return {
    ...domain,
    extractText(bytes, options) {
      const engine = engineFor(bytes);
      return domain.extractText(bytes, { ...options, ...(engine ? { ocr: engine } : {}) });
    },
    analyzeAgreement(doc) {
      const agreement = domain.analyzeAgreement(doc);
      const ocrDoubts = agreementOcrDoubts(doc);
      return ocrDoubts.length > 0 ? { ...agreement, ocrDoubts } : agreement;
    },
    analyzeLetter(doc) {
      const letter = domain.analyzeLetter(doc);
      const ocrDoubts = letterOcrDoubts(letter, doc);
      return ocrDoubts.length > 0 ? { ...letter, ocrDoubts } : letter;
    },
    judgeLetter: (agreement, letter, options) => withOcrDoubts(domain.judgeLetter(agreement, letter, options), letter, agreement),
  };
}
