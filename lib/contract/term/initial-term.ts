/**
 * The term clause: its sentence, the initial term as a period, a stated start and a stated end.
 * "The initial term of this Agreement commences as of the Effective Date and ... shall continue
 * until five (5) years following the Effective Date"; "TERM: November 01, 2014 to October 31, 2017";
 * "shall terminate on the third anniversary of the Effective Date".
 */
import type { Period } from '../../domain/types.ts';
import { findDates, type FoundDate } from '../dates.ts';
import { parseNumberWords } from '../numbers.ts';
import { findPeriods } from '../periods.ts';
import { sentenceAround, type Span } from '../structure/sentence.ts';

export interface TermClause extends Span {
  period: Period | null;
  statedStart: FoundDate | null;
  statedEnd: FoundDate | null;
  /** "until the end of the current calendar year". */
  endOfCalendarYear: boolean;
}

const TERM_CUE =
  /\b(?:initial\s+term|term\s+of\s+this\s+(?:agreement|contract)|(?:this|the)\s+(?:agreement|contract)\s+(?:(?:shall|will)\s+)?(?:commence|commences|begins|continues|begin|continue|remain|be\s+effective|become\s+effective|come\s+into\s+force|have\s+a\s+(?:term|duration)|expire|terminate\s+on)|(?:shall|will)\s+have\s+a\s+duration|(?:shall|will)\s+(?:terminate|expire)\s+on|(?:remain|continue)\s+in\s+(?:full\s+)?force\s+and\s+effect\s+for|obligations\s+hereunder\s+shall\s+become\s+effective|contract\s+(?:period|end)|TERM\s*:|terms\s+of\s+the\s+project)/gi;
// "during the term of this Agreement", "prior to the expiration of the Initial Term": a mention of the
// term inside another clause, not the clause that sets it.
const MENTION_BEFORE =
  /\b(?:during|throughout|within|after|following|before|prior\s+to|upon|beyond|in|(?:expiration|expiry|end|termination|remainder|duration|balance|rest)\s+of)\s+(?:the\s+|this\s+|such\s+)?$/i;
// "every three (3) months", "for additional one (1) year terms": not the length of the initial term.
const NOT_LENGTH_BEFORE =
  /\b(?:every|each|per|within|additional|subsequent|successive|renewal|further|extension|extended)\s+(?:period\s+of\s+)?$/i;
const MAX_CLAUSES = 12;
// A stated end date ("until September 1, 2045") is preferred to a length, but it is written in the
// term clause or close after it: past this distance from the first clause with a length, stop reading.
const STATED_END_REACH = 6000;
const END_CUE =
  /(?:expir\w*|terminat\w*|until|through|to|conclud\w*|ending|ends?|end\s*:)\s*(?:and\s+including\s+)?(?:on|at)?\s*(?:the\s+close\s+of\s+business\s+on\s+)?$/i;
const START_CUE = /(?:commenc\w*|begin\w*|effective|start\w*|from)\s*(?:on|upon|as\s+of)?\s*:?\s*$/i;
const NOT_TERM_LENGTH =
  /^[\s'’s]*(?:(?:prior\s+)?(?:written\s+)?notice|prior|in\s+advance|before|after\s+(?:receipt|notice|the\s+(?:end|expiration|termination))|following\s+(?:the\s+)?(?:end|expiration|termination|receipt)|(?:period\s+)?(?:immediately\s+)?(?:following|after)\s+(?:the\s+)?(?:termination|expiration|expiry))/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ANNIVERSARY =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\s+the\s+(?:effective|commencement|start)/i;

// The length must be written near the words that name the term, not elsewhere in a long sentence.
const NEAR_BEFORE = 120;
const NEAR_AFTER = 320;

function termLength(text: string, span: Span, cue: number): Period | null {
  const sentence = text.slice(span.start, span.end);
  const anniversary = ANNIVERSARY.exec(sentence);
  if (anniversary) {
    const word = (anniversary[1] as string).toLowerCase();
    const amount = ORDINALS.includes(word) ? ORDINALS.indexOf(word) + 1 : parseInt(word, 10);
    return {
      amount,
      unit: 'year',
      qualifier: null,
      text: anniversary[0],
      start: span.start + anniversary.index,
      end: span.start + anniversary.index + anniversary[0].length,
    };
  }
  for (const period of findPeriods(sentence, span.start)) {
    if (period.unit === 'hour' || period.unit === 'business-day') continue;
    if ((period.start ?? 0) < cue - NEAR_BEFORE || (period.start ?? 0) > cue + NEAR_AFTER) continue;
    const after = text.slice(period.end ?? 0, (period.end ?? 0) + 40);
    if (NOT_TERM_LENGTH.test(after)) continue;
    if (NOT_LENGTH_BEFORE.test(text.slice(Math.max(0, (period.start ?? 0) - 40), period.start ?? 0))) continue;
    return period;
  }
  // "a duration of two years": number words without digits, when the period finder wants digits.
  // "one (I) year": a digit misread by OCR inside the parenthesis.
  const words =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*\([^)\s]{1,4}\))?[\s-]+(year|month)s?\b/i.exec(
      sentence,
    );
  if (words) {
    const amount = parseNumberWords((words[1] as string).toLowerCase());
    if (amount !== null) return { amount, unit: (words[2] as string).toLowerCase() as 'year' | 'month', qualifier: null, text: words[0] };
  }
  return null;
}

function readClause(text: string, span: Span, cue: number): TermClause {
  const dates = findDates(text.slice(span.start, span.end), span.start).filter((d) => d.precision === 'day');
  let statedStart: FoundDate | null = null;
  let statedEnd: FoundDate | null = null;
  for (const d of dates) {
    const before = text.slice(Math.max(span.start, d.start - 50), d.start);
    if (statedEnd === null && END_CUE.test(before) && (statedStart !== null || !START_CUE.test(before))) statedEnd = d;
    else if (statedStart === null && START_CUE.test(before)) statedStart = d;
  }
  const endOfCalendarYear = /until\s+the\s+end\s+of\s+the\s+(?:current|then[\s-]current)\s+calendar\s+year/i.test(
    text.slice(span.start, span.end),
  );
  return { ...span, period: termLength(text, span, cue), statedStart, statedEnd, endOfCalendarYear };
}

/**
 * The term clause of the agreement: the first term sentence that states a length or an end.
 * Reads a bounded number of candidate sentences, so the cost stays linear.
 * @example findTermClause('The term of this Agreement shall be two (2) years from the Effective Date.')?.period?.amount // 2
 */
export function findTermClause(text: string): TermClause | null {
  TERM_CUE.lastIndex = 0;
  let fallback: TermClause | null = null;
  let lastEnd = -1;
  let seen = 0;
  for (let m = TERM_CUE.exec(text); m !== null && seen < MAX_CLAUSES; m = TERM_CUE.exec(text)) {
    if (m.index < lastEnd) continue;
    if (MENTION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const span = sentenceAround(text, m.index);
    lastEnd = span.end;
    seen += 1;
    const clause = readClause(text, span, m.index);
    if (clause.statedEnd !== null || clause.endOfCalendarYear) return clause;
    if (clause.period !== null && fallback === null) fallback = clause;
    if (fallback !== null && m.index > fallback.end + STATED_END_REACH) break;
  }
  return fallback;
}
