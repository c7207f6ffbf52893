/**
 * The composition of agreement analysis: outline, parties, provisions, term and dates, governing
 * law and the notice time zone. Pure; never throws on arbitrary text — a part that fails on odd
 * input leaves its field empty rather than losing the whole analysis.
 */
import type { AgreementAnalysis, ExtractedText, Party, Provision } from '../domain/types.ts';
import { dayFirstDates } from './dates.ts';
import { documentKind } from './document-kind.ts';
import { findGoverningLaw } from './governing-law.ts';
import { pageLocator } from './pages.ts';
import { findParties } from './parties.ts';
import { applyDayDefinition } from './provisions/day-definition.ts';
import { applyEffectiveFloors } from './provisions/effective-floor.ts';
import { applyPeriodEndAlignment } from './provisions/period-end-alignment.ts';
import { findProvisions } from './provisions/index.ts';
import { buildOutline } from './sections.ts';
import { findSubjectMatter } from './subject-matter.ts';
import { spanProvision } from './span-provision.ts';
import { analyzeTerm } from './term.ts';
import { noticeZone } from './time-zone.ts';

const EMPTY_TERM = { agreementDate: null, effectiveDate: null, expirationDate: null, initialTerm: null, renewal: null };

/** Runs one part; a bug on strange input must not cost the user the rest of the analysis. */
function attempt<T>(part: () => T, fallback: T): T {
  try {
    return part();
  } catch {
    return fallback;
  }
}

/**
 * Reads an agreement's text into parties, provisions (sorted by offset), term and governing law.
 * @example analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' }).term.effectiveDate // '2019-03-15'
 */
export function analyzeAgreement(doc: ExtractedText): AgreementAnalysis {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const outline = attempt(() => buildOutline(text), { entries: [], sectionAt: () => ({ section: null, heading: null }) });
  const pageAt = pageLocator(doc.pageStarts ?? []);
  const parties: Party[] = attempt(() => findParties(text), []);
  const place = { sectionAt: outline.sectionAt, pageAt };
  const provisions: Provision[] = attempt(() => findProvisions(text, { ...place, parties }), []);
  const law = attempt(() => findGoverningLaw(text), null);
  // Slashed dates follow the governing law's order, as in letters (day first under English law).
  const datesText = dayFirstDates(text, law?.jurisdiction ?? null);
  const termAnalysis = attempt(() => analyzeTerm(datesText, place), { term: EMPTY_TERM, provisions: [] });
  // Quotes stay verbatim: the day-first rewrite only changed how dates are read.
  provisions.push(
    ...termAnalysis.provisions.map((p) => (datesText.slice(p.start, p.end) === p.text ? { ...p, text: text.slice(p.start, p.end) } : p)),
  );
  if (law !== null) {
    const clause = spanProvision('governing-law', text, law.start, law.end, place);
    provisions.push(law.jurisdiction !== null ? { ...clause, jurisdiction: law.jurisdiction } : clause);
  }
  provisions.sort((a, b) => a.start - b.start || a.end - b.end);
  attempt(() => applyEffectiveFloors(provisions, termAnalysis.term), undefined);
  attempt(() => applyDayDefinition(provisions, text), undefined);
  attempt(() => applyPeriodEndAlignment(provisions), undefined);
  return {
    kind: attempt(() => documentKind(text), 'unknown'),
    pages: doc.pages,
    parties,
    provisions,
    term: termAnalysis.term,
    governingLaw: law?.jurisdiction ?? null,
    zone: attempt(() => noticeZone(text), null),
    subjectMatter: attempt(() => findSubjectMatter(text), null),
  };
}

/**
 * Convenience for plain text (one page).
 * @example analyzeText('This Agreement is made as of March 15, 2019 ...').term.agreementDate // '2019-03-15'
 */
export function analyzeText(text: string): AgreementAnalysis {
  return analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' });
}
