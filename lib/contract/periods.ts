import { flexible } from './provisions/flexible.ts';
import type { Anchor, Flag, Period, Qualifier, Unit } from '../domain/types.ts';
import { isNumberWord, parseNumberWords } from './numbers.ts';

/*
 * Periods as contracts write them: "thirty (30) days", "30 days'", "(30) days", "ten (10) business
 * days", "one (1) month", "sixty (90) days" (words and digits disagree: both kept, flagged),
 * "[***] days" (redacted). The scan is one pass of a precompiled unit regex over the text; the
 * number, qualifier and anchor are read from bounded windows around each unit, so the cost is
 * linear in the text size.
 */

// The unit word alone: a leading optional adjective group makes the engine try it at every word
// boundary, so the adjective ("business days") is read backwards from each unit found instead.
const UNIT_RE = /\b(hour|day|week|month|year)(s)?\b/gi;
const LONG_ADJECTIVE_RE = /calendar|business/iy;
const SHORT_ADJECTIVE_RE = /working|banking/iy;
const CLEAR_BEFORE_RE = /(?<![\w-])clear\s+$/i;
const PAREN_NUMBER_RE = /\(\s*(\d{1,4})\s*\)/g;
// "[***] prior written notice", "a notification period of *** before the end": a redacted period whose unit went with it.
const REDACTED_NOTICE_RE =
  /(\[[\s*]{0,20}\*[\s*]{0,20}\]|\[\s{0,3}redacted[^\]]{0,40}\]|\*(?:\s?\*){2,20})(?=\s*(?:prior|advance|advanced|before|written|notice)\b)/gi;
// "fails to cure such breach within [***] after it receives written notice", "shall have [***] from the receipt
// of the notice to cure", "fails to cure within such [***] period": a redacted window counted from an event, its
// unit redacted with it.
const REDACTED_WINDOW_RE =
  /(?<=\b(?:within|have|has)\s{1,3}(?:(?:such|the|that)\s{1,3})?)(?:\[[\s*]{0,20}\*[\s*]{0,20}\]|\[\s{0,3}redacted[^\]]{0,60}\])(?=\s{0,3}(?:after|from|following|of the (?:date|receipt)|period)\b)/gi;
const REDACTION_CONTENT_RE = /^(?:[\s*]*\*[\s*]*|.*redact.*|[\s_.]*)$/i;
const DIGITS_RE = /^\d{1,4}(?:,\d{3})*$/;

const BEFORE_WINDOW = 48;
const AFTER_WINDOW = 160;

const QUALIFIER_BEFORE: ReadonlyArray<[RegExp, Qualifier]> = [
  [flexible(/\b(?:at least|not less than|no less than|(?:a )?minimum of|not fewer than|no fewer than)\s*$/i), 'at-least'],
  [flexible(/\b(?:no|not) later than\s*$/i), 'no-later-than'],
  // "nor more than", "but not more than", "no earlier than 120 days before": the far end of a notice window.
  [
    flexible(
      /\b(?:not more than|no more than|nor more than|up to|(?:a )?maximum of|not to exceed|(?:no|not) (?:earlier|sooner) than|nor (?:earlier|sooner) than)\s*$/i,
    ),
    'not-more-than',
  ],
  [/\bwithin\s*$/i, 'within'],
  [/\b(?:upon|on|by|with|giving|give|given|provide|providing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?$/i, 'upon'],
  [/\b(?:after|following|from)\s*$/i, 'after'],
];

const QUALIFIER_AFTER: ReadonlyArray<[RegExp, Qualifier]> = [
  [
    flexible(
      /^['’]?s?[\s,]*(?:(?:prior|advance|advanced)\b|(?:(?:written|express)\s+)?(?:notice\s+)?(?:(?:in writing|thereof)\s+)?(?:prior to|before|in advance)\b|(?:written\s+)?(?:notice\s+)?(?:in\s+)?advance\b)/i,
    ),
    'prior-to',
  ],
  [/^['’]?s?[\s,]*(?:(?:written\s+)?(?:notice\s+)?)?(?:after|following|from)\b/i, 'after'],
];

const ANCHORS: ReadonlyArray<[RegExp, Exclude<Anchor, null>]> = [
  [flexible(/\brenewal date\b|\bdate of (?:any |such |the )?renewal\b|\bautomatic renewal\b/i), 'renewal-date'],
  [
    flexible(
      /\b(?:end|expiration|expiry|termination|conclusion|close|anniversary)\b(?:(?!\bnotice\b)[^.;]){0,60}?\b(?:term|period|agreement|year)\b|\b(?:expiration|expiry|anniversary)\b|\bexpiration date\b|\bexpire/i,
    ),
    'end-of-term',
  ],
  [flexible(/\beffective date\b/i), 'effective-date'],
  [/\b(?:receipt|received|receiving|receives|delivery|delivered)\b/i, 'receipt-of-notice'],
  [/\b(?:sent|sending|mailed|mailing|dispatch(?:ed)?|postmark(?:ed)?|transmi(?:tted|ssion)|given|giving)\b/i, 'dispatch-of-notice'],
];
// "prior to the end of", "before the expiration": the backward word sits just before the anchor.
const BACKWARD_RE = flexible(
  /\b(?:prior to|before|preceding|in advance of|ahead of)\s+(?:(?:the|its|any|each|such|said|this|then)\s+)?(?:[\w-]+\s+){0,2}$/i,
);
const NOTICE_RE = /\bnotice|\bnotif/i;
const SENTENCE_END_RE = /[.;](?:\s|$)|\n\s*\n/;

const UNIT_OF: Record<string, Unit> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

interface Amount {
  words: number | null;
  digits: number | null;
  redacted: boolean;
  start: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
// Character tests run in loops over the text: patterns compiled once.
const LETTER_RE = /[A-Za-z]/;
const DIGIT_OR_COMMA_RE = /[\d,]/;
const DIGIT_RE = /\d/;
const COMMAS_RE = /,/g;
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER_RE.test(c);

const UNDERSCORES_RE = /_/g;
// Words a number may be glued to when a PDF loses the space: "within180 days", "than30 days".
const GLUED_QUALIFIERS = new Set(['within', 'than', 'least', 'after', 'for', 'of', 'upon', 'following']);

/** Whether the letters just before `at` are a qualifier a lost space glued the number to. */
function gluedToQualifier(text: string, at: number): boolean {
  let r = at;
  while (r > 0 && at - r < 10 && isLetter(text[r - 1])) r--;
  return GLUED_QUALIFIERS.has(text.slice(r, at).toLowerCase()) && !isLetter(text[r - 1]);
}

function skipBack(text: string, pos: number, allowHyphen: boolean): number {
  let p = pos;
  while (p > 0 && (isSpace(text[p - 1]) || (allowHyphen && (text[p - 1] === '-' || text[p - 1] === '–')))) p--;
  return p;
}

/** Reads number words that end at `end`, going back word by word: "one hundred eighty", "twenty-one". */
function wordsBefore(text: string, end: number): { value: number; start: number } | null {
  let p = end;
  let best: { value: number; start: number } | null = null;
  for (let count = 0; count < 6; count++) {
    let q = p;
    while (q > 0 && isLetter(text[q - 1])) q--;
    if (q === p) break;
    const word = text.slice(q, p).toLowerCase();
    if (!isNumberWord(word) && word !== 'and') break;
    if (word !== 'and') {
      const value = parseNumberWords(text.slice(q, end));
      if (value !== null) best = { value, start: q };
    }
    p = q;
    while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '-' || text[p - 1] === '\n')) p--;
  }
  return best;
}

/** The number (or redaction) written just before a unit word that starts at `unitStart`. */
function amountBefore(text: string, unitStart: number): Amount | null {
  let p = skipBack(text, unitStart, true);
  let digits: number | null = null;
  let words: number | null = null;
  let redacted = false;
  let start = p;
  const last = text[p - 1];
  if (last === ')' || last === ']') {
    const open = text.lastIndexOf(last === ')' ? '(' : '[', p - 1);
    if (open < 0 || p - open > 60) return null;
    // "_sixty_ (_60_)": underlining a PDF kept as underscores is not part of the number.
    const inside = text
      .slice(open + 1, p - 1)
      .replace(UNDERSCORES_RE, '')
      .trim();
    if (DIGITS_RE.test(inside)) digits = Number(inside.replace(COMMAS_RE, ''));
    else if (REDACTION_CONTENT_RE.test(inside)) redacted = true;
    else {
      const w = parseNumberWords(inside); // "30 (thirty) days"
      if (w === null) return null;
      words = w;
    }
    start = open;
    p = skipBack(text, open, false);
  } else if (last === '*') {
    let q = p;
    // Bounded: a redaction is a few stars, and a run of thousands must not be rescanned per unit.
    while (q > 0 && p - q < 40 && (text[q - 1] === '*' || text[q - 1] === ' ')) q--;
    redacted = true;
    start = q;
    while (start < p && text[start] === ' ') start++;
    p = skipBack(text, start, false);
  } else if (last !== undefined && last >= '0' && last <= '9') {
    let q = p;
    while (q > 0 && DIGIT_OR_COMMA_RE.test(text[q - 1] as string)) q--;
    if ((isLetter(text[q - 1]) && !gluedToQualifier(text, q)) || text[q - 1] === '.' || text[q - 1] === '$') return null; // "Section 7.30 days", "$30"
    const raw = text.slice(q, p);
    if (!DIGITS_RE.test(raw)) return null;
    digits = Number(raw.replace(COMMAS_RE, ''));
    start = q;
    p = skipBack(text, q, false);
  }
  if (words === null) {
    const w = wordsBefore(text, p);
    if (w) {
      words = w.value;
      start = w.start;
    } else if (words === null && digits === null && !redacted) return null;
  } else if (digits === null) {
    const q = p;
    let r = q;
    while (r > 0 && DIGIT_RE.test(text[r - 1] as string)) r--;
    if (r < q) {
      digits = Number(text.slice(r, q));
      start = r;
    }
  }
  return { words, digits, redacted, start };
}

function qualifierAround(text: string, start: number, end: number): Qualifier | null {
  const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
  for (const [re, q] of QUALIFIER_BEFORE) if (re.test(before)) return q;
  const after = text.slice(end, end + 60);
  for (const [re, q] of QUALIFIER_AFTER) if (re.test(after)) return q;
  return null;
}

// The periods whose end is the end of the agreement's term: "the Initial Period", "any Renewal Period", "the
// then-current period". "The expiration of the Noncompetition Period", "the end of the Transition Period" or "of
// the Force Majeure period" end something else.
const TERM_PERIOD_RE =
  /(?:^|\s)(?:the|its|this|such|any|each|said|that|initial|renewal|renewed|extension|extended|additional|successive|subsequent|current|then-current|contract|agreement|licen[cs]e|subscription|service|term|trial|first|second|third|one-year|annual)\s+period$/i;
const PERIOD_END_RE = /\bperiod$/i;

/** Whether an "end of ... period" anchor names a period other than the term's. */
function endsAnotherPeriod(anchor: string): boolean {
  return PERIOD_END_RE.test(anchor) && !TERM_PERIOD_RE.test(anchor.replace(/\s+/g, ' '));
}

function anchorAfter(text: string, end: number): Anchor {
  let after = text.slice(end, end + AFTER_WINDOW);
  const stop = after.search(SENTENCE_END_RE);
  if (stop >= 0) after = after.slice(0, stop);
  // The anchor belongs to this period only up to the next period or the next clause.
  const nextUnit = after.search(
    /\(\s*\d+\s*\)|\b\d+\s+(?:business\s+|calendar\s+)?days?\b|\bunless\b|\bprovided\b|\bbut\b|\bexcept\b|\bhowever\b/i,
  );
  if (nextUnit >= 0) after = after.slice(0, nextUnit);
  for (const [re, anchor] of ANCHORS) {
    const m = re.exec(after);
    if (!m) continue;
    // A period counts back from the end of a term only when it says so: "prior to", "before".
    if ((anchor === 'end-of-term' || anchor === 'renewal-date') && !BACKWARD_RE.test(after.slice(0, m.index))) continue;
    if (anchor === 'end-of-term' && endsAnotherPeriod(m[0])) continue;
    if (anchor === 'receipt-of-notice' || anchor === 'dispatch-of-notice') {
      // "after receipt of notice", "from the date notice is sent": only when tied to a notice.
      if (!NOTICE_RE.test(after) && !/\breceipt\b/i.test(m[0])) continue;
    }
    return anchor;
  }
  return NOTICE_RE.test(after.slice(0, 40)) ? 'notice' : null;
}

function buildPeriod(text: string, amount: Amount, unit: Unit, calendar: boolean, end: number, offset: number, extraFlags: Flag[]): Period {
  const flags: Flag[] = [...extraFlags];
  if (amount.redacted) flags.push('redacted');
  if (amount.words !== null && amount.digits !== null && amount.words !== amount.digits) flags.push('words-digits-mismatch');
  if (calendar) flags.push('calendar-days');
  const period: Period = {
    amount: amount.redacted ? null : (amount.digits ?? amount.words),
    unit,
    qualifier: qualifierAround(text, amount.start, end),
    anchor: anchorAfter(text, end),
    text: text.slice(amount.start, end),
    start: amount.start + offset,
    end: end + offset,
  };
  if (amount.words !== null && amount.digits !== null) {
    period.words = amount.words;
    period.digits = amount.digits;
  }
  if (calendar) period.calendar = true;
  if (flags.length > 0) period.flags = flags;
  return period;
}

const WORD_CHAR_RE = /\w/;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR_RE.test(c);

/**
 * "business days", "calendar\nday": the adjective written before the unit word at `unitAt`, across
 * spaces, tabs and line breaks, as a whole word.
 */
function adjectiveBefore(text: string, unitAt: number): { word: string; start: number } | undefined {
  let q = unitAt;
  while (q > 0 && isSpace(text[q - 1])) q--;
  if (q === unitAt) return undefined;
  for (const [re, length] of [
    [LONG_ADJECTIVE_RE, 8],
    [SHORT_ADJECTIVE_RE, 7],
  ] as const) {
    const start = q - length;
    if (start < 0) continue;
    re.lastIndex = start;
    if (re.test(text) && !isWordChar(text[start - 1])) return { word: text.slice(start, q).toLowerCase(), start };
  }
  return undefined;
}

/**
 * Every period written in `text`, in order, with offsets shifted by `offset` (the position of
 * `text` in the whole document). A number in words and digits that disagree keeps both values and
 * the digits as `amount`; a redacted number gives `amount: null`; "thirty (30)" followed by notice
 * wording but no unit is read as days and flagged `missing-unit`.
 * @example findPeriods('at least ninety (90) days prior to the end of the then-current term')
 * // [{ amount: 90, unit: 'day', qualifier: 'at-least', anchor: 'end-of-term', text: 'ninety (90) days', start: 9, end: 25 }]
 */
export function findPeriods(text: string, offset = 0): Period[] {
  const periods: Period[] = [];
  const unitEnds = new Set<number>();
  UNIT_RE.lastIndex = 0;
  for (let m = UNIT_RE.exec(text); m !== null; m = UNIT_RE.exec(text)) {
    const adjective = adjectiveBefore(text, m.index);
    // "thirty (30) clear days", "14 clear business days": "clear" is written before any other adjective.
    const beforeUnit = adjective === undefined ? m.index : adjective.start;
    const clearWord = CLEAR_BEFORE_RE.exec(text.slice(Math.max(0, beforeUnit - 8), beforeUnit));
    const unitStart = clearWord ? beforeUnit - clearWord[0].length : beforeUnit;
    const amount = amountBefore(text, unitStart);
    if (!amount) continue;
    const value = amount.digits ?? amount.words;
    if (value !== null && value > 9999) continue;
    const kind = (m[1] as string).toLowerCase();
    const business = adjective?.word === 'business' || adjective?.word === 'working' || adjective?.word === 'banking';
    const unit: Unit = business && kind === 'day' ? 'business-day' : (UNIT_OF[kind] as Unit);
    const calendar = adjective?.word === 'calendar' && kind === 'day';
    let end = m.index + m[0].length;
    if (text[end] === "'" || text[end] === '’') end++;
    unitEnds.add(amount.start);
    const period = buildPeriod(text, amount, unit, calendar, end, offset, []);
    if (clearWord) period.clear = true;
    periods.push(period);
  }
  PAREN_NUMBER_RE.lastIndex = 0;
  for (let m = PAREN_NUMBER_RE.exec(text); m !== null; m = PAREN_NUMBER_RE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "thirty (30) written notice": a notice period with its unit left out.
    if (!/^\s*-?\s*(?:(?:prior|advance|written|advanced)\s+)*(?:notice|notification)\b/i.test(after)) continue;
    const words = wordsBefore(text, skipBack(text, m.index, false));
    if (!words) continue;
    const amount: Amount = { words: words.value, digits: Number(m[1]), redacted: false, start: words.start };
    if (unitEnds.has(amount.start)) continue;
    periods.push(buildPeriod(text, amount, 'day', false, m.index + m[0].length, offset, ['missing-unit']));
  }
  REDACTED_NOTICE_RE.lastIndex = 0;
  for (let m = REDACTED_NOTICE_RE.exec(text); m !== null; m = REDACTED_NOTICE_RE.exec(text)) {
    const amount: Amount = { words: null, digits: null, redacted: true, start: m.index };
    periods.push(buildPeriod(text, amount, 'day', false, m.index + m[0].length, offset, ['missing-unit']));
  }
  REDACTED_WINDOW_RE.lastIndex = 0;
  for (let m = REDACTED_WINDOW_RE.exec(text); m !== null; m = REDACTED_WINDOW_RE.exec(text)) {
    const amount: Amount = { words: null, digits: null, redacted: true, start: m.index };
    periods.push(buildPeriod(text, amount, 'day', false, m.index + m[0].length, offset, ['missing-unit']));
  }
  if (periods.length > 1) periods.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return periods;
}

/**
 * The first period written in `text`, or null.
 * @example parsePeriod('ten (10) business days') // { amount: 10, unit: 'business-day', ... }
 */
export function parsePeriod(text: string): Period | null {
  return findPeriods(text)[0] ?? null;
}
