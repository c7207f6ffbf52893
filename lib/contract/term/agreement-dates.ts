/**
 * The agreement date (when it was made) and the effective date (when it takes effect).
 *
 * Effective date, in order of strength:
 * - a label: `Effective Date   01 April 2006`, `EFFECTIVE DATE: November 01, 2016`;
 * - a definition: `March 15, 2019 (the "Effective Date")`, `"Effective Date" means March 15, 2019`,
 *   `effective as of March 15, 2019`, `shall commence on April 1, 1999`, `EFFECTIVE DATE shall
 *   mean the Date of Installation ..., i.e. December 10, 1993`;
 * - a definition by the signatures: "the later of the dates shown by the signatures below", "the
 *   date the last party hereto has executed this Agreement", "as of the date last written below",
 *   "effective on the date of signed acceptance": the latest signature date;
 * - with none of these, an agreement takes effect when made: the agreement date.
 * Agreement date: the date the preamble says it was made ("dated as of", "made and entered into
 * on", "this 15th day of March, 2019"); else the (latest) signature date; else the first date at
 * the top of the document. A top date that is only labelled "Effective Date" is not when the
 * agreement was signed, so the signatures win over it.
 *
 * Only the preamble, the signature block, label lines and the sentences around "effective" and
 * "commence" are read: never the whole text with the date patterns.
 */
import { findDates, type FoundDate } from '../dates.ts';
import { keywordHits } from '../structure/keywords.ts';
import type { Span } from '../structure/sentence.ts';
import { latest, onSourceLine, type LabelledDate } from './signature-dates.ts';

const PREAMBLE = 4000;
const MAX_CUES = 150;

export interface DateClues {
  /** Full dates in the first part of the document, without EDGAR "Source:" lines. */
  preamble: FoundDate[];
  labelled: LabelledDate[];
  signatures: FoundDate[];
}

const MADE_CUE =
  /(?:\b(?:dated|made|entered\s+into|executed|signed|concluded)\b(?:(?!terminat|supersed|cancel|expir|amend)[^.;]){0,60}|\b(?:is|be|becomes?)\s+(?:effective\s+)?(?:as\s+of|on|from)\s+(?:the\s+)?|\b(?:is|be|becomes?)\s+effective\s+)$/i;

/**
 * Full dates at the top of the document, without EDGAR "Source:" lines.
 * @example preambleDates('Dated March 2019; signed March 15, 2019').map((d) => d.iso) // ['2019-03-15'] (a month alone is not a full date)
 */
export function preambleDates(text: string): FoundDate[] {
  return findDates(text.slice(0, PREAMBLE)).filter((d) => d.precision === 'day' && !onSourceLine(text, d.start));
}

// "an Electronic Software Distribution Agreement, dated as of September 1, 1997", "by letter dated
// November 30, 2007": the date of another document, not of this one.
const OTHER_DOCUMENT =
  /\b(?:an?|certain|that|those|existing|prior|previous|original|by|its|their|such)\s+(?:(?!this\b)[\w-]+\s+){0,6}?(?:letter|agreement|contract|amendment|proposal|license|licence|lease|note|plan)\b[\s,]*(?:\([^)]{0,40}\)[\s,]*)?(?:dated|made|entered\s+into|executed)\b[^.;]{0,30}$/i;
// A date that heads the document ("May 3, 2016 NON-EXCLUSIVE LICENSE AGREEMENT", "AGREEMENT Date:
// March 1, 1998") dates it.
const HEADER = 600;

function madeOn(text: string, d: FoundDate, label: string | undefined): boolean {
  if (label === 'agreement') return true;
  if (d.start < HEADER && ((label === 'signature' && !isSignatureRow(text, d)) || (label === undefined && isTitleDate(text, d))))
    return true;
  if (label !== undefined) return false;
  const before = text.slice(Math.max(0, d.start - 100), d.start);
  return MADE_CUE.test(before) && !OTHER_DOCUMENT.test(before);
}

/** A date first on its line, or ending a title line that names the agreement. */
function isTitleDate(text: string, d: FoundDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const lead = text.slice(lineStart, d.start);
  if (/^[ \t\d]*$/.test(lead)) return true;
  return /\bAGREEMENT\b|\bAgreement\s+between\b/.test(lead) && /^[ \t.]*(?:\n|$)/.test(text.slice(d.end, d.end + 40));
}

/** "Date: 1/19/07      Date: January 22, 2007": one date per signatory on a line is a signature row. */
function isSignatureRow(text: string, d: FoundDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const lineEnd = text.indexOf('\n', d.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return (line.match(/\bDated?\b/gi) ?? []).length > 1;
}

/**
 * The date the agreement was made, or null: the preamble's "made on" date, else the latest signature, else the first top date.
 * @example findAgreementDate('This Agreement is dated as of March 1, 2019 and is effective as of April 1, 2019.', clues)?.iso // '2019-03-01'
 */
export function findAgreementDate(text: string, clues: DateClues): FoundDate | null {
  const labelledAt = new Map(clues.labelled.map((d) => [d.start, d.label]));
  const made = clues.preamble.find((d) => madeOn(text, d, labelledAt.get(d.start)));
  if (made) return made;
  const signed = latest(clues.signatures);
  if (signed) return signed;
  return clues.preamble.find((d) => labelledAt.get(d.start) !== 'expiration') ?? null;
}

// Each optional part carries its own trailing spaces, so no two space runs meet (cubic on a run of spaces).
const DEFINED_AFTER =
  /^[\s,]*(?:(?:\((?:the|this|hereinafter(?: referred to as)?(?: the)?|herein called(?: the)?)?|(?:the|this|hereinafter(?: referred to as)?(?: the)?|herein called(?: the)?))\s*)?(?:["\u201c\u201d*]\s*)?Effective\s+Date/i;
const DEFINED_BEFORE =
  /(?:Effective\s+Date["\u201d]?\s*(?:\)|of this Agreement)?\s*(?::|means|shall mean|shall be|is|will be)|Effective\s+Date["\u201d]?\s*(?:shall\s+mean|means)\b[^;]{0,80}?\b(?:i\.e\.|namely|being)\s*,?|(?:be|become|becomes|is|are)\s+effective\s+(?:as of|on|from)|effective\s+(?:as of|on|this)|commenc\w*\s+(?:on|upon|as of)|(?:start|begin)\w*\s+(?:on|upon|as of)|Contract\s+start:|EFFECTIVE DATE:?)[\s(the]*$/i;
const BY_SIGNATURES =
  /\b(?:(?:later|last|latest)\s+of\s+the\s+(?:dates?|signatures?)|date\s+(?:the\s+)?last\s+(?:party|of\s+the\s+parties|signature)|date\s+last\s+(?:written|signed|set\s+forth)\s+below|date\s+of\s+(?:signed\s+acceptance|the\s+last\s+signature|execution\s+by\s+both)|(?:when|upon)\s+(?:it\s+is\s+|this\s+Agreement\s+is\s+)?(?:signed|executed)\s+by\s+both)/i;

/**
 * Where the effective date may be defined: "Effective Date" / "EFFECTIVE DATE" anywhere (capitalised
 * literals are cheap to find), and lower-case "effective", "commence", "start" only in the preamble and
 * in the term clause, where agreements say when they take effect.
 */
function effectiveCues(text: string, termClause: Span | null): number[] {
  const hits = keywordHits(text, ['Effective']);
  const regions: Span[] = [{ start: 0, end: Math.min(text.length, PREAMBLE) }];
  if (termClause !== null && termClause.start >= PREAMBLE) regions.push(termClause);
  for (const region of regions) {
    for (const at of keywordHits(text.slice(region.start, region.end), ['effective', 'commenc', 'start'])) hits.push(region.start + at);
  }
  return [...new Set(hits)].sort((a, b) => a - b).slice(0, MAX_CUES);
}

/**
 * The stated effective date, or null when the text does not state one.
 * @example findStatedEffectiveDate('This Agreement is dated as of March 1, 2019 and is effective as of April 1, 2019.', clues)?.iso // '2019-04-01'
 */
export function findStatedEffectiveDate(text: string, clues: DateClues, termClause: Span | null = null): FoundDate | null {
  const label = clues.labelled.find((d) => d.label === 'effective');
  if (label) return label;
  let lastEnd = -1;
  for (const at of effectiveCues(text, termClause)) {
    if (at < lastEnd) continue;
    const from = Math.max(0, at - 120);
    const to = Math.min(text.length, at + 260);
    lastEnd = to;
    const window = text.slice(from, to);
    for (const d of findDates(window, from)) {
      if (d.precision !== 'day' || onSourceLine(text, d.start)) continue;
      if (DEFINED_AFTER.test(text.slice(d.end, d.end + 60))) return d;
      if (DEFINED_BEFORE.test(text.slice(Math.max(0, d.start - 140), d.start))) return d;
    }
    if (/effective/i.test(text.slice(at, at + 10)) && BY_SIGNATURES.test(window)) {
      const signed = latest(clues.signatures);
      if (signed) return signed;
    }
  }
  return null;
}

/**
 * The effective date: stated, else the agreement date (an agreement takes effect when made).
 * @example findEffectiveDate('This Agreement is made and entered into on March 15, 2019 by ...', clues, agreementDate)?.iso // '2019-03-15' (the agreement date)
 */
export function findEffectiveDate(
  text: string,
  clues: DateClues,
  agreementDate: FoundDate | null,
  termClause: Span | null = null,
): FoundDate | null {
  return findStatedEffectiveDate(text, clues, termClause) ?? agreementDate;
}
