import escapeRegExp from 'escape-string-regexp';
/**
 * The term clause: its sentence, the initial term as a period, a stated start and a stated end.
 * "The initial term of this Agreement commences as of the Effective Date and ... shall continue
 * until five (5) years following the Effective Date"; "TERM: November 01, 2014 to October 31, 2017";
 * "shall terminate on the third anniversary of the Effective Date".
 */
import type { Period } from '../../domain/types.ts';
import { findDates, type FoundDate } from '../dates.ts';
import { parseNumberWords, parseOrdinal } from '../numbers.ts';
import { findPeriods } from '../periods.ts';
import { sentenceAround, type Span } from '../structure/sentence.ts';
import type { TermEndReading } from './expiration.ts';

export interface TermClause extends Span {
  period: Period | null;
  /** How the clause says the term ends relative to its length (see term/expiration.ts). */
  reading: TermEndReading;
  statedStart: FoundDate | null;
  statedEnd: FoundDate | null;
  /** "until the end of the current calendar year". */
  endOfCalendarYear: boolean;
}

const TERM_CUE =
  /\b(?:initial\s+term|term\s+of\s+this\s+(?:agreement|contract)|(?:this|the)\s+(?:agreement|contract)\s+(?:(?:shall|will)\s+)?(?:commence|commences|begins|continues|begin|continue|remain|be\s+effective|become\s+effective|come\s+into\s+force|have\s+a\s+(?:term|duration)|expire|terminate\s+on)|(?:shall|will)\s+have\s+a\s+duration|(?:shall|will)\s+(?:terminate|expire)\s+on|(?:remain|continue)\s+in\s+(?:full\s+)?force\s+and\s+effect\s+for|obligations\s+hereunder\s+shall\s+become\s+effective|contract\s+(?:period|end)|TERM\s*:|terms\s+of\s+the\s+project|(?:is|be)\s+for\s+(?:a|an\s+initial)\s+(?:term|period)\s+of|(?:shall|will)\s+be\s+valid\s+for|(?:shall|will)\s+remain\s+in\s+effect\s+(?:for|until)|\bthe\s+(?:initial\s+)?term\s+(?:(?:shall|will)\s+(?:be|run|continue|commence|begin)|runs|continues|commences|begins)\b|\b(?:the\s+)?(?:term|duration)\s+of\s+(?:this|the)\s+(?:[A-Z][\w-]*\s+){0,2}(?:agreement|contract|license|licence|franchise|venture|engagement|promotion)\b|\bthe\s+term\s+of\s+(?:the\s+)?validity\b)/gi;
// "during the term of this Agreement", "prior to the expiration of the Initial Term": a mention of the
// term inside another clause, not the clause that sets it.
const MENTION_BEFORE =
  /\b(?:during|throughout|within|after|following|before|prior\s+to|upon|beyond|in|of|(?:expiration|expiry|end|termination|remainder|duration|balance|rest)\s+of)\s+(?:the\s+|this\s+|such\s+)?$/i;
// "every three (3) months", "for additional one (1) year terms": not the length of the initial term.
const NOT_LENGTH_BEFORE =
  /\b(?:every|each|per|within|additional|subsequent|successive|renewal|further|extension|extended)\s+(?:period\s+of\s+)?$/i;
const MAX_CLAUSES = 12;
// A stated end date ("until September 1, 2045") is preferred to a length, but it is written in the
// term clause or close after it: past this distance from the first clause with a length, stop reading.
const STATED_END_REACH = 6000;
const END_CUE =
  /(?:expir\w*|terminat\w*|until|through|to|conclud\w*|ending|ends?|end\s*:)\s*(?:and\s+including\s+)?(?:on|at|as\s+of)?\s*(?:the\s+close\s+of\s+business\s+on\s+)?(?:the\s+(?:earlier|later|sooner)\s+(?:of|to\s+occur\s+of)\s*:?\s*(?:\(?[a-z0-9]{1,3}\)\s*)?)?$/i;
const START_CUE = /(?:commenc\w*|begin\w*|effective|start\w*|from)\s*(?:on|upon|as\s+of)?\s*:?\s*$/i;
const NOT_TERM_LENGTH =
  /^[\s'’s]*(?:(?:renewal|extension|additional)\s+(?:term|period)|(?:prior\s+)?(?:written\s+)?notice|prior|in\s+advance|before|after\s+(?:receipt|notice|the\s+(?:end|expiration|termination))|following\s+(?:the\s+)?(?:end|expiration|termination|receipt)|(?:period\s+)?(?:immediately\s+)?(?:following|after)\s+(?:the\s+)?(?:termination|expiration|expiry))/i;
const ANNIVERSARY =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?:\s*\(\d{1,2}(?:st|nd|rd|th)?\))?\s+anniversary\s+of\s+(?:the\s+|this\s+)?(?:effective|commencement|start|date|agreement)/i;
// "through the day prior to the second anniversary": the term ends the day before the named day.
const DAY_BEFORE_RE = /\bday\s+(?:immediately\s+)?(?:prior\s+to|before|preceding)\s+(?:the\s+)?$/i;
// "until five (5) years following", "expire on the date that is two years after": the length names the end day.
const UNTIL_BEFORE_RE =
  /\b(?:until|till|through|to|on)\s+(?:the\s+(?:date|day)\s+(?:(?:that|which)\s+is\s+|falling\s+)?)?(?:(?:the\s+)?(?:end|expiration|expiry)\s+of\s+(?:the\s+|a\s+)?(?:period\s+of\s+)?)?$|\b(?:date|day)\s+(?:that\s+is|which\s+is|falling)\s+$/i;
// "two (2) years from the Effective Date": a length counted from a day that may not itself be counted.
const FROM_AFTER_RE =
  /^['’]?s?\s*(?:\([^)]{0,40}\)\s*)?(?:from|after|following|of)\s+(?:the\s+)?(?:date|effective|commencement|execution|signature|signing|start)/i;
// "eighteen (18) full calendar months": the adjectives are blanked so the period reader sees the number and the unit.
const FULL_UNIT_RE = /\b(?:full\s+)?(?:calendar|consecutive)\s+(?=(?:month|year)s?\b)|\bfull\s+(?=(?:month|year)s?\b)/gi;
// "The term of this Agreement shall be the Service Period": a term stated through another defined period.
const DEFINED_PERIOD_RE = /\b(?:the|such)\s+["“]?((?:[A-Z][a-z]+\s+){0,3}(?:Period|Term))\b/g;

// The length must be written near the words that name the term, not elsewhere in a long sentence.
const NEAR_BEFORE = 120;
const NEAR_AFTER = 320;

interface TermLength {
  period: Period;
  reading: TermEndReading;
}

function readingOf(text: string, period: Period): TermEndReading {
  const start = period.start ?? 0;
  const before = text.slice(Math.max(0, start - 60), start);
  if (DAY_BEFORE_RE.test(before)) return 'day-before';
  if (UNTIL_BEFORE_RE.test(before)) return 'until';
  return FROM_AFTER_RE.test(text.slice(period.end ?? start, (period.end ?? start) + 60)) ? 'from' : 'for';
}

// "ends on the last day of the twenty-fourth (24th) full calendar month thereafter" (the adjectives blanked).
const NTH_MONTH_END_RE =
  /\blast\s+day\s+of\s+the\s+([a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))(?:\s*\(\s*(\d{1,3})(?:st|nd|rd|th)?\s*\))?\s+months?\b/i;

function termLength(text: string, span: Span, cue: number): TermLength | null {
  const sentence = text.slice(span.start, span.end).replace(FULL_UNIT_RE, (m) => ' '.repeat(m.length));
  const monthEnd = NTH_MONTH_END_RE.exec(sentence);
  const nth = monthEnd ? (monthEnd[2] ? Number(monthEnd[2]) : parseOrdinal((monthEnd[1] as string).toLowerCase())) : null;
  if (monthEnd && nth) {
    return {
      period: {
        amount: nth,
        unit: 'month',
        qualifier: null,
        text: monthEnd[0],
        start: span.start + monthEnd.index,
        end: span.start + monthEnd.index + monthEnd[0].length,
      },
      reading: 'month-end',
    };
  }
  const anniversary = ANNIVERSARY.exec(sentence);
  if (anniversary) {
    const word = (anniversary[1] as string).toLowerCase();
    const amount = parseOrdinal(word) ?? Number.NaN;
    const before = text.slice(Math.max(span.start, span.start + anniversary.index - 60), span.start + anniversary.index);
    return {
      period: {
        amount,
        unit: 'year',
        qualifier: null,
        text: anniversary[0],
        start: span.start + anniversary.index,
        end: span.start + anniversary.index + anniversary[0].length,
      },
      reading: DAY_BEFORE_RE.test(before) ? 'day-before' : 'until',
    };
  }
  for (const period of findPeriods(sentence, span.start)) {
    if (period.unit === 'hour' || period.unit === 'business-day') continue;
    if ((period.start ?? 0) < cue - NEAR_BEFORE || (period.start ?? 0) > cue + NEAR_AFTER) continue;
    const after = text.slice(period.end ?? 0, (period.end ?? 0) + 40);
    if (NOT_TERM_LENGTH.test(after)) continue;
    if (NOT_LENGTH_BEFORE.test(text.slice(Math.max(0, (period.start ?? 0) - 40), period.start ?? 0))) continue;
    return { period, reading: readingOf(text, period) };
  }
  // "a duration of two years": number words without digits, when the period finder wants digits.
  // "one (I) year": a digit misread by OCR inside the parenthesis.
  const words =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*\([^)\s]{1,4}\))?[\s-]+(year|month)s?\b/i.exec(
      sentence,
    );
  if (words) {
    const amount = parseNumberWords((words[1] as string).toLowerCase());
    const at = span.start + words.index;
    if (amount !== null && !NOT_TERM_LENGTH.test(text.slice(at + words[0].length, at + words[0].length + 40))) {
      const period: Period = {
        amount,
        unit: (words[2] as string).toLowerCase() as 'year' | 'month',
        qualifier: null,
        text: words[0],
        start: at,
        end: at + words[0].length,
      };
      return { period, reading: readingOf(text, period) };
    }
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
  const length = termLength(text, span, cue);
  return { ...span, period: length?.period ?? null, reading: length?.reading ?? 'for', statedStart, statedEnd, endOfCalendarYear };
}

/**
 * "The term of this Agreement shall be the Service Period" with '"Service Period" means a period of
 * thirty-six (36) months beginning on the Effective Date' elsewhere: the length and the end are read
 * from the definition, the clause keeps its own place.
 */
function throughDefinition(text: string, clause: TermClause): TermClause {
  if (clause.period !== null || clause.statedEnd !== null || clause.endOfCalendarYear) return clause;
  const sentence = text.slice(clause.start, clause.end);
  DEFINED_PERIOD_RE.lastIndex = 0;
  for (let m = DEFINED_PERIOD_RE.exec(sentence); m !== null; m = DEFINED_PERIOD_RE.exec(sentence)) {
    const name = (m[1] as string).trim();
    if (/^(?:Initial\s+)?Term$/.test(name)) continue;
    const definition = new RegExp(`["“]${escapeRegExp(name)}["”]\\s+(?:means|shall\\s+mean|is\\s+defined\\s+as|refers\\s+to)`).exec(text);
    if (definition === null) continue;
    const span = sentenceAround(text, definition.index);
    const read = readClause(text, span, definition.index);
    if (read.period === null && read.statedEnd === null) continue;
    return {
      ...clause,
      period: read.period,
      reading: read.reading,
      statedEnd: read.statedEnd,
      statedStart: clause.statedStart ?? read.statedStart,
    };
  }
  return clause;
}

// Words of a clause about something other than the agreement's own term: an order, a licence, a warranty.
const OTHER_TERM_RE =
  /\b(?:statement\s+of\s+work|order\s+form|purchase\s+order|work\s+order|warranty|lease|sublicen[cs]e|non-?compet|confidential|survive|insurance|policy)/i;
// Cues that name the term only where they open the sentence ("The term of the Franchise shall be ...").
const OPENING_ONLY_CUE_RE = /^(?:the\s+)?(?:term|duration)\s+of\s+(?!this\s+(?:agreement|contract)\b)/i;
const OPENING_REACH = 100;
const STRONG_CUE_RE = /initial\s+term|term\s+of\s+this|^the\s+(?:initial\s+)?term\b|TERM\s*:/i;

/** How strongly a candidate sentence reads as the clause that sets the agreement's term. */
function termScore(text: string, clause: TermClause, cue: string, cueAt: number): number {
  const sentence = text.slice(clause.start, clause.end);
  let score = 0;
  if (clause.statedEnd !== null) score += 6;
  if (clause.endOfCalendarYear) score += 5;
  if (clause.period !== null) score += 4;
  if (clause.statedStart !== null) score += 1;
  // A cue that opens the sentence names its subject; one deep inside it is usually a mention.
  if (STRONG_CUE_RE.test(cue) && cueAt - clause.start < 80) score += 1;
  // Terms run for months or years; a length in days is more often some other window.
  if (clause.statedEnd === null && (clause.period?.unit === 'day' || clause.period?.unit === 'week')) score -= 2;
  if (OTHER_TERM_RE.test(sentence)) score -= 3;
  return score;
}

/**
 * The term clause of the agreement: the best-scored term sentence that states a length or an end
 * (a stated end outranks a length; a sentence about an order, a warranty or a policy ranks low; ties
 * go to the earlier sentence). Reads a bounded number of candidate sentences, so the cost stays linear.
 * @example findTermClause('The term of this Agreement shall be two (2) years from the Effective Date.')?.period?.amount // 2
 */
export function findTermClause(text: string): TermClause | null {
  TERM_CUE.lastIndex = 0;
  let best: TermClause | null = null;
  let bestScore = 0;
  let firstFound: TermClause | null = null;
  let lastEnd = -1;
  let seen = 0;
  for (let m = TERM_CUE.exec(text); m !== null && seen < MAX_CLAUSES; m = TERM_CUE.exec(text)) {
    if (m.index < lastEnd) continue;
    if (MENTION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const span = sentenceAround(text, m.index);
    // "the last two months of the Term of the Agreement": deep inside a sentence, these words are a mention.
    if (OPENING_ONLY_CUE_RE.test(m[0]) && m.index - span.start > OPENING_REACH) continue;
    lastEnd = span.end;
    seen += 1;
    const clause = throughDefinition(text, readClause(text, span, m.index));
    if (clause.statedEnd === null && !clause.endOfCalendarYear && clause.period === null) continue;
    if (firstFound !== null && m.index > firstFound.end + STATED_END_REACH) break;
    firstFound ??= clause;
    const score = termScore(text, clause, m[0], m.index);
    if (score > bestScore) {
      best = clause;
      bestScore = score;
    }
  }
  return best;
}
