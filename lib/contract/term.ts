/**
 * The agreement's dates and term: agreement date, effective date, initial term, expiration date
 * (stated, or computed from the start and the initial term; see term/expiration.ts for the
 * convention) and renewal, with the `term` and `renewal` provisions that state them.
 */
import type { Provision, TermInfo } from '../domain/types.ts';
import { findRenewal } from './renewal.ts';
import { terminatesOnNotice } from './term/at-will.ts';
import { findAgreementDate, findEffectiveDate, preambleDates, type DateClues } from './term/agreement-dates.ts';
import { endOfCalendarYear, lastDayOfTerm } from './term/expiration.ts';
import { findTermClause } from './term/initial-term.ts';
import { labelledDates, signatureDates } from './term/signature-dates.ts';
import { spanProvision, type ProvisionPlace } from './span-provision.ts';

const DATE_OF_AGREEMENT_RE =
  /\bdate\s+(?:first\s+)?(?:written|set\s+forth|stated|shown)\s+above\b|\bdate\s+hereof\b|\bdate\s+of\s+(?:this|the)\s+agreement\b|\bdate\s+of\s+(?:its\s+)?execution\b/i;

export type { ProvisionPlace } from './span-provision.ts';

export interface TermAnalysis {
  term: TermInfo;
  provisions: Provision[];
}

/**
 * Reads the dates, term and renewal of an agreement.
 * @example analyzeTerm('... made as of February 10, 2014 (the "Effective Date") ... shall continue until five (5) years following the Effective Date ...', place).term.expirationDate // '2019-02-10'
 * @example analyzeTerm('This Agreement commences on 1 October 2025 and continues for twelve (12) months.', place).term.expirationDate // '2026-09-30'
 */
export function analyzeTerm(text: string, place: ProvisionPlace): TermAnalysis {
  const labelled = labelledDates(text);
  const clues: DateClues = { preamble: preambleDates(text), labelled, signatures: signatureDates(text, labelled) };
  const agreement = findAgreementDate(text, clues);
  const clause = findTermClause(text);
  const effective = findEffectiveDate(text, clues, agreement, clause);
  // "shall become effective on the date first written above and continue for three (3) years": the
  // term starts on the agreement's date when no effective date is found.
  const fromAgreementDate =
    clause !== null && agreement !== null && DATE_OF_AGREEMENT_RE.test(text.slice(clause.start, clause.end)) ? agreement.iso : null;
  const start = clause?.statedStart?.iso ?? effective?.iso ?? fromAgreementDate ?? null;
  let expirationDate: string | null = clause?.statedEnd?.iso ?? labelled.find((d) => d.label === 'expiration')?.iso ?? null;
  let expirationBasis: TermInfo['expirationBasis'] = expirationDate === null ? undefined : 'stated';
  let expirationAlternatives: TermInfo['expirationAlternatives'];
  if (expirationDate === null && clause !== null && start !== null) {
    if (clause.endOfCalendarYear) {
      expirationDate = endOfCalendarYear(start);
      expirationBasis = 'stated';
    } else if (clause.period !== null) {
      const end = lastDayOfTerm(start, clause.period, clause.reading);
      expirationDate = end?.date ?? null;
      if (end !== null) {
        expirationBasis = clause.reading === 'until' ? 'named-day' : 'length';
        if (end.alternatives.length > 0) expirationAlternatives = end.alternatives;
      }
    }
  }
  let { clause: renewalClause, renewal } = findRenewal(text);
  if (renewal.type === 'none' && clause === null && expirationDate === null) {
    // No term, no end date, no renewal words: an agreement that "shall terminate ... upon either party
    // giving ... notice" runs until a party ends it.
    const atWill = terminatesOnNotice(text);
    if (atWill !== null) {
      renewal = { type: 'evergreen', term: null };
      renewalClause = { ...atWill, renewal };
    }
  }
  const provisions: Provision[] = [];
  if (clause !== null) provisions.push({ ...spanProvision('term', text, clause.start, clause.end, place), period: clause.period });
  if (renewalClause !== null)
    provisions.push({ ...spanProvision('renewal', text, renewalClause.start, renewalClause.end, place), renewal });
  return {
    term: {
      agreementDate: agreement?.iso ?? null,
      effectiveDate: clause?.statedStart?.iso ?? effective?.iso ?? null,
      expirationDate,
      ...(expirationAlternatives ? { expirationAlternatives } : {}),
      ...(expirationBasis ? { expirationBasis } : {}),
      initialTerm: clause?.period ?? null,
      renewal,
    },
    provisions,
  };
}
