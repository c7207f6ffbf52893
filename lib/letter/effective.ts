import type { LetterAnalysis, Period, WrittenMoment } from '../domain/types.ts';
import { findPeriods } from '../contract/periods.ts';
import type { Sentence } from './sentences.ts';
import { findDates, readMoment } from './written-dates.ts';

/**
 * When the letter says its action takes effect: immediately, at a stated date or instant, at the end of the
 * current term, or a period after receipt or sending. Dates that identify documents ("the Agreement dated
 * March 1, 2020", "our letter of December 1") are not effective dates.
 */

export type Effective = LetterAnalysis['effective'];

export interface EffectiveReading {
  effective: Effective;
  /** A date written in the effective sentence that does not exist or whose weekday is wrong. */
  problems: string[];
}

const IMMEDIATE =
  /\beffective immediately\b|\bwith immediate effect\b|\bimmediately(?: upon| on)? (?:receipt|delivery|the date) of this\b|\beffective (?:as of |on )?(?:the date of|upon (?:your |its )?(?:receipt|delivery) of|(?:your )?receipt of) this (?:letter|notice|e-?mail)\b|\beffective (?:as of )?(?:today|now)\b|\b(?:is|are|has been|have been) (?:hereby )?(?:suspended|terminated)(?: immediately| effective immediately)?[.,;]?$|\bimmediately\b/i;
const END_OF_TERM =
  /\b(?:at|upon|on|as of|with effect from|effective (?:at|upon|on|as of)) (?:the )?(?:end|expiration|expiry|conclusion|close) of the (?:current |then[- ]current |initial |present |existing |renewal )*(?:subscription |service |renewal |initial |billing |contract )?(?:term|period)\b|\b(?:upon|at) (?:its )?(?:expiry|expiration)\b/i;
// "Our last day of service will be December 14", "the termination date will be", "the final day of the
// Agreement": a stated end outranks a period the letter also mentions ("our 60 days' notice").
const EFFECTIVE_WORDS =
  /\beffective\b|\bas of\b|\btake effect\b|\bwith effect from\b|\b(?:last|final) day of (?:service|the (?:services?|agreement|contract|subscription))\b|\btermination date (?:will|shall) be\b|\b(?:services?|agreement|subscription) will (?:end|terminate|cease) on\b/i;
const ACTION_WORDS = /\b(?:suspen\w*|terminat\w*|expire\w*|renew\w*|end|cease\w*|discontinu\w*|deactivat\w*|disabl\w*)\b/i;
// "may" the verb, not the month: "on May 31, 2024" is not a condition.
const CONDITIONAL = /\b(?:if|unless|in the event|reserves?|may(?!\s+\d)|should)\b/i;
/** Words before a date that make it a document's date, not the effective date. */
const DOCUMENT_DATE =
  /(?:\bdated(?:\s+as\s+of)?|\bentered into(?:\s+as\s+of|\s+on)?|\b(?:agreement|letter|notice|invoice|email|e-mail|correspondence|order)\s+(?:of|dated)|\bsent\s+(?:on)?)\s*(?:\w+,?\s+)?$/i;

// "Northwind will suspend your access on June 12, 2025 unless payment is received before then": the action is
// stated outright and only its cure follows, so the sentence is operative up to the condition.
const DEFINITE_ACTION =
  /\b(?:will|shall|hereby|(?:are|is|am)\s+going\s+to|intends?\s+to)\s+(?:be\s+)?(?:\w+\s+)?(?:suspen|terminat|cancel|discontinu|deactivat|disabl)\w*/i;

/**
 * The part of a sentence that states its action outright, when a condition follows it; null when a condition
 * comes first or there is none.
 * @example operativeBeforeCondition('We will suspend your access on June 12, 2025 unless payment is received.') // 'We will suspend your access on June 12, 2025 '
 */
export function operativeBeforeCondition(text: string): string | null {
  const action = DEFINITE_ACTION.exec(text);
  const condition = CONDITIONAL.exec(text);
  if (!action || !condition || condition.index < action.index + action[0].length) return null;
  if (!/^(?:unless|if|should|in the event)$/i.test(condition[0])) return null;
  return text.slice(0, condition.index);
}

// "Unless payment in full is received, Stratoshelf will suspend your access at 12:01 a.m. on January 9": the
// condition comes first, then the action stated outright.
const LEADING_CONDITION_RE = /^\s*(?:unless|if|should|in the event)\b[^,;]{0,200},\s*/i;

/**
 * Where the outright action of a sentence begins when a condition opens it; -1 when none does.
 * @example operativeAfterCondition('Unless payment is received, we will suspend your access on June 12, 2025.') // 28
 */
export function operativeAfterCondition(text: string): number {
  const lead = LEADING_CONDITION_RE.exec(text);
  if (!lead) return -1;
  const rest = text.slice(lead[0].length);
  const action = DEFINITE_ACTION.exec(rest);
  return action && action.index < 80 && !CONDITIONAL.test(rest.slice(0, action.index + action[0].length)) ? lead[0].length : -1;
}

function momentIn(sentence: Sentence, problems: string[]): WrittenMoment | null {
  for (const hit of findDates(sentence.text, sentence.start)) {
    const before = sentence.text.slice(Math.max(0, hit.start - sentence.start - 40), hit.start - sentence.start);
    if (DOCUMENT_DATE.test(before)) continue;
    const moment = readMoment(sentence.text, hit, sentence.start);
    if (moment.date === null) {
      problems.push(`unparseable date: "${hit.text}" does not exist`);
      continue;
    }
    if (hit.weekdayMismatch) problems.push(`weekday does not match date: "${hit.text}"`);
    return { ...moment, date: moment.date };
  }
  return null;
}

// "will be suspended in 24 hours": a time from the sending of the letter.
const IN_BEFORE_RE = /\bin\s+$/i;

/**
 * Whether `period`, found in `text` (which begins at offset `start`), is written after the word "in".
 * @example writtenAfterIn('suspended in 24 hours', findPeriods('suspended in 24 hours', 0)[0], 0) // true
 */
export function writtenAfterIn(text: string, period: Period, start: number): boolean {
  const at = (period.start ?? start) - start;
  return IN_BEFORE_RE.test(text.slice(Math.max(0, at - 4), at));
}

function afterPeriodIn(sentence: Sentence): Period | null {
  const periods = findPeriods(sentence.text, sentence.start);
  const period = periods.find(
    (p) => p.qualifier === 'after' || p.anchor === 'receipt-of-notice' || p.anchor === 'dispatch-of-notice' || p.anchor === 'notice',
  );
  const fromNow = periods.find((p) => p.qualifier === null && !p.anchor && writtenAfterIn(sentence.text, p, sentence.start));
  if (!period && fromNow) return { ...fromNow, qualifier: 'after', anchor: 'dispatch-of-notice' };
  if (!period) return ordinalDayIn(sentence);
  return {
    ...period,
    anchor: anchorAfter(sentence.text.slice((period.end ?? sentence.start) - sentence.start)) ?? period.anchor ?? 'receipt-of-notice',
  };
}

/** "with effect from the thirtieth (30th) day following your receipt of this notice": the Nth day after. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
  thirtieth: 30,
  'forty-fifth': 45,
  sixtieth: 60,
  ninetieth: 90,
  'one hundred twentieth': 120,
  'one hundred eightieth': 180,
};
const ORDINAL_DAY = new RegExp(
  `\\b(\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:\\s*\\(\\d{1,3}(?:st|nd|rd|th)\\))?\\s*(business\\s+|calendar\\s+)?day\\s+(?=after|following|from)`,
  'i',
);

function ordinalDayIn(sentence: Sentence): Period | null {
  const m = ORDINAL_DAY.exec(sentence.text);
  if (!m || m.index === undefined) return null;
  const start = sentence.start + m.index;
  const written = (m[1] ?? '').toLowerCase();
  return {
    amount: ORDINAL_WORDS[written] ?? Number.parseInt(written, 10),
    unit: /business/i.test(m[2] ?? '') ? 'business-day' : 'day',
    qualifier: 'after',
    anchor: anchorAfter(sentence.text.slice(m.index + m[0].length - 1)) ?? 'receipt-of-notice',
    text: m[0].trim(),
    start,
    end: start + m[0].trimEnd().length,
  };
}

/**
 * What a letter's period counts from. "ninety (90) days from the date of this letter" counts from sending,
 * not receipt: the letter fixes its own date as the trigger, so deemed receipt does not move it.
 */
function anchorAfter(following: string): Period['anchor'] | null {
  const words = following.slice(0, 80);
  if (
    /^[^.;]{0,25}?\b(?:after|following|from)\s+(?:the\s+)?(?:date|day)\s+(?:of\s+)?(?:this|the present)\s+(?:letter|notice|e-?mail|correspondence|communication)\b|^[^.;]{0,25}?\b(?:after|following|from)\s+the\s+date\s+hereof\b/i.test(
      words,
    )
  )
    return 'dispatch-of-notice';
  if (/^[^.;]{0,25}?\b(?:after|following|from)\s+(?:your\s+|the\s+)?(?:receipt|delivery)\b/i.test(words)) return 'receipt-of-notice';
  return null;
}

/**
 * Whether the letter ends the agreement at the end of its term, whatever date it also writes: "terminate the
 * agreement at the end of the Initial Period on 31 March 2027" is notice against renewal even though its
 * effective date is a date, so the agreement's non-renewal rights can govern it.
 * @example statesEndOfTerm(splitSentences('We terminate the agreement at the end of the Initial Period on 31 March 2027.')) // true
 */
export function statesEndOfTerm(sentences: readonly Sentence[]): boolean {
  return sentences.some(
    (s) => END_OF_TERM.test(s.text) && ACTION_WORDS.test(s.text) && (!CONDITIONAL.test(s.text) || EFFECTIVE_WORDS.test(s.text)),
  );
}

/**
 * Reads the effective time of the letter's action from its sentences.
 * @example readEffective(splitSentences('We will suspend your account at 11:59 PM PST on Sunday, January 10, 2021.')).effective
 * // { kind: 'moment', moment: { date: '2021-01-10', time: '23:59', zoneLabel: 'PST', ... } }
 */
export function readEffective(sentences: Sentence[]): EffectiveReading {
  const problems: string[] = [];
  const operative = sentences.flatMap((s) => {
    if (!CONDITIONAL.test(s.text) || EFFECTIVE_WORDS.test(s.text)) return [s];
    const before = operativeBeforeCondition(s.text);
    if (before) return [{ ...s, text: before, end: s.start + before.length }];
    const after = operativeAfterCondition(s.text);
    return after >= 0 ? [{ ...s, text: s.text.slice(after), start: s.start + after }] : [];
  });
  const ranked = [
    ...operative.filter((s) => EFFECTIVE_WORDS.test(s.text)),
    ...operative.filter((s) => !EFFECTIVE_WORDS.test(s.text) && ACTION_WORDS.test(s.text)),
  ];
  for (const sentence of ranked) {
    const moment = momentIn(sentence, problems);
    if (moment) return { effective: { kind: 'moment', moment }, problems };
    const period = afterPeriodIn(sentence);
    if (period) return { effective: { kind: 'after-period', period }, problems };
    if (END_OF_TERM.test(sentence.text)) return { effective: { kind: 'end-of-term' }, problems };
    if (IMMEDIATE.test(sentence.text)) return { effective: { kind: 'immediate' }, problems };
  }
  return { effective: null, problems };
}
