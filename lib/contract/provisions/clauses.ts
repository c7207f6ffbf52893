/**
 * Splits an agreement into clause units: sentences, and the enumerated items "(i)", "(a)" of a
 * sentence read together with the words that introduce them ("Either party may terminate this
 * Agreement: (i) upon thirty (30) days prior written notice, or (ii) immediately if ...").
 * One left-to-right pass over candidate boundaries; no rescans, so the cost is linear.
 */

export interface Sentence {
  start: number;
  end: number;
}

export interface ClauseUnit {
  /** The sentence holding the unit (what a provision quotes). */
  sentence: Sentence;
  /** The unit's own span: the whole sentence, or one enumerated item. */
  start: number;
  end: number;
  /** The words before the first item ("Either party may terminate this Agreement:"), when the unit is an item. */
  leadIn: Sentence | null;
  /**
   * For a limb of a nested list, the words of its item before the limbs: in "terminable (a) by the Licensor
   * (i) if ... or (ii) upon sixty days' notice", limb (ii) is read with the lead-in and "(a) by the Licensor".
   */
  itemLead?: Sentence;
}

// A full stop followed by a capital, digit, "(" or quote; a blank line; a new line opening a section.
const BOUNDARY_RE =
  /[.!?]["”')\]]?(?=[ \t]*\r?\n|[ \t]+["“(]?[A-Z0-9(])|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}(?:\.\d{1,3})*\.?|\([a-z0-9]{1,4}\)|ARTICLE|Article|SECTION|Section)[ \t])/g;
// "2.1 The Initial Term": a numbered section opening a line, even after a heading in lower case.
const NUMBERED_LINE_RE = /^\n[ \t]*\d{1,2}(?:\.\d{1,3})*\.?[ \t]+["“(]?[A-Z]/;
// "pursuant to Section\n2.1 hereof": a reference, not a new section.
const REFERENCE_WORD_RE = /\b(?:sections?|articles?|paragraphs?|clauses?|and|or|of|to|in|under|with|by|see)\s*$/i;
// "Exhibit D. In the event": a single capital after these words is a label, not an initial.
const LABEL_WORD_RE =
  /\b(?:exhibit|schedule|annex|appendix|attachment|section|article|part|item|class|series|paragraph|clause|tranche|phase)\s+$/i;
// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'l.l.c',
  'l.p',
  'lp',
  'plc',
  'n.v',
  'b.v',
  's.a',
  'n.a',
  'u.s',
  'u.k',
  'u.s.a',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'v',
  'no',
  'nos',
  'sec',
  'secs',
  'art',
  'arts',
  'para',
  'paras',
  'par',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'p.m',
  'a.m',
  'approx',
  'ex',
  'exh',
  'sch',
  'cf',
  'fig',
  'dept',
  'ave',
  'blvd',
  'ste',
  'tel',
  'esq',
  'gmbh',
  'ag',
  'bhd',
  'pte',
  'pty',
  'sub',
]);
// An item marker "(a)", "(ii)", "(3)"; whether it opens an item is decided by what precedes it.
const ENUMERATOR_RE = /\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)[ \t\r\n]/gi;
const ITEM_OPENER_RE = /(?:^|[:;,\n]|\bor|\band)[ \t\r]*$/;
// The first label of a list may follow a word ("shall be terminable (a) by the Licensor"), unless the word
// refers to a provision ("under clause (a)"); a number never may ("one (1) year").
const FIRST_LABEL_RE = /^[ai]$/i;
const LABEL_REFERENCE_RE =
  /\b(?:sections?|articles?|paragraphs?|sub-?paragraphs?|clauses?|sub-?clauses?|sub-?sections?|items?|limbs?|schedules?|exhibits?|annex(?:es)?)$/i;
const MAX_SENTENCE = 6000;
const LIST_LEAD_RE = /:\s*$|\bfollowing\b[^.]{0,40}[:;,]?\s*$/i;
const ITEM_START_RE = /^\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)/i;

// Patterns tested per character or per word: compiled once here, not on every call.
const LEADING_DIGIT_RE = /^\d/;
const ROMAN_RE = /^[ivx]+$/;
const WORD_OR_DOT_RE = /[A-Za-z.]/;
const SECTION_NUMBER_RE = /^\s*[\d.]+$/;
const INITIALS_RE = /^(?:[a-z]\.)+[a-z]?$/;
const CONTINUES_LINE_RE = /[a-z,:;\-–(]/;
const SPACE_RE = /\s/;

function styleOf(label: string, romanList: boolean): 'digit' | 'roman' | 'letter' {
  if (LEADING_DIGIT_RE.test(label)) return 'digit';
  // "(ii)" is a roman numeral in any list: a list of letters never reaches a second letter.
  return ROMAN_RE.test(label) && (romanList || label.length > 1) ? 'roman' : 'letter';
}

function endsWithAbbreviation(text: string, dot: number, sentenceStart: number): boolean {
  let q = dot;
  while (q > sentenceStart && WORD_OR_DOT_RE.test(text[q - 1] as string)) q--;
  const word = text.slice(q, dot).toLowerCase();
  if (word.length === 0) {
    // "2.2." at the start of a sentence is its section number, not an ending.
    return SECTION_NUMBER_RE.test(text.slice(sentenceStart, dot));
  }
  if (word.length === 1) return !LABEL_WORD_RE.test(text.slice(Math.max(sentenceStart, q - 14), q));
  if (INITIALS_RE.test(word)) return true; // "U.S."
  return ABBREVIATIONS.has(word);
}

/**
 * The sentences of `text`, in order. Blank lines inside a sentence (page breaks) do not end it.
 * @example splitSentences('Acme Inc. may terminate. The term is one year.').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const s = skipSpace(text, start, end);
    if (end > s) {
      // A sentence without any boundary for thousands of characters (tables, lists) is cut so
      // that every later window stays bounded.
      for (let from = s; from < end; from += MAX_SENTENCE) sentences.push({ start: from, end: Math.min(end, from + MAX_SENTENCE) });
    }
    start = end;
  };
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const mark = m[0];
    if (mark[0] === '.' && endsWithAbbreviation(text, m.index, start)) continue;
    if (mark[0] === '\n') {
      // A line break inside a sentence: the line before ends in a lower-case word, a comma, or opens a list (":", ";").
      const prev = lastNonSpace(text, m.index, start);
      const numbered = NUMBERED_LINE_RE.test(text.slice(m.index, m.index + 24));
      if (numbered && !REFERENCE_WORD_RE.test(text.slice(Math.max(start, m.index - 20), m.index))) {
        push(m.index);
        continue;
      }
      if (prev !== null && CONTINUES_LINE_RE.test(prev)) continue;
      push(m.index);
      continue;
    }
    push(m.index + mark.length);
  }
  push(text.length);
  return sentences;
}

function skipSpace(text: string, from: number, to: number): number {
  let p = from;
  while (p < to && SPACE_RE.test(text[p] as string)) p++;
  return p;
}

function lastNonSpace(text: string, at: number, floor: number): string | null {
  let p = at;
  while (p > floor && SPACE_RE.test(text[p - 1] as string)) p--;
  return p > floor ? (text[p - 1] as string) : null;
}

interface Enumerator {
  at: number;
  label: string;
}

/** The enumerators of a sentence that open an item, of one style (the first one's). */
function enumeratorsOf(body: string, offset: number, skipLeading: boolean): Enumerator[] {
  const items: Enumerator[] = [];
  let topStyle: string | null = null;
  ENUMERATOR_RE.lastIndex = 0;
  for (let m = ENUMERATOR_RE.exec(body); m !== null; m = ENUMERATOR_RE.exec(body)) {
    if (skipLeading && m.index === 0) continue;
    // "one (1) year" is a number, not an item: an item follows a list punctuation, "or"/"and", or a line start.
    let p = m.index;
    while (p > 0 && (body[p - 1] === ' ' || body[p - 1] === '\t' || body[p - 1] === '\r')) p--;
    const label = (m[1] as string).toLowerCase();
    if (p > 0 && !ITEM_OPENER_RE.test(body.slice(Math.max(0, p - 4), p)) && !opensAfterWord(body, p, m.index, label, items.length))
      continue;
    topStyle ??= styleOf(label, label === 'i');
    if (styleOf(label, topStyle === 'roman') !== topStyle) continue;
    items.push({ at: offset + m.index, label });
  }
  return items;
}

/** Whether the list's first label, after the word ending at `p`, opens it ("terminable (a) by ..."). */
function opensAfterWord(body: string, p: number, labelAt: number, label: string, found: number): boolean {
  if (found > 0 || p === labelAt || !FIRST_LABEL_RE.test(label)) return false;
  return !LABEL_REFERENCE_RE.test(body.slice(Math.max(0, p - 14), p));
}

/**
 * Where the top-level enumerated items of a sentence begin ("(ii) immediately if: (a) ..." nests (a)). A
 * sentence that opens with its own label and then lists limbs of another style ("(a) Either party may
 * terminate if the breach (i) is not cured within thirty days, or (ii) ...") is one item whose limbs are
 * the list: the label is the sentence's, and the words up to "(i)" are the limbs' lead-in.
 */
function itemStarts(body: string, offset: number): number[] {
  const items = enumeratorsOf(body, offset, false);
  const first = items[0];
  if (first?.at === offset) {
    const limbs = enumeratorsOf(body, offset, true);
    const firstLimb = limbs[0];
    if (limbs.length >= 2 && firstLimb && styleOf(firstLimb.label, firstLimb.label === 'i') !== styleOf(first.label, first.label === 'i'))
      return limbs.map((l) => l.at);
  }
  return items.map((i) => i.at);
}

/**
 * Whether `s` ends by opening a list (LIST_LEAD_RE). A match ends in trailing spaces and starts at
 * most 50 characters before them, so only the tail is read, with room for the word boundary.
 */
function opensList(s: string): boolean {
  let end = s.length;
  while (end > 0 && SPACE_RE.test(s[end - 1] as string)) end--;
  return LIST_LEAD_RE.test(end > 70 ? s.slice(end - 70) : s);
}

// "Client may terminate on thirty (30) days' notice and Provider may terminate on six (6) months' notice": one
// sentence, two rights, each with its own holder and period. The second begins where a new capitalised subject
// takes a right of its own. The lookbehind starts a match only where a run of spaces starts: without it every
// position inside a long run would read to its end (quadratic on hostile text).
const SECOND_HOLDER_RE =
  /(?<!\s)[,;]?\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:may|can|shall|will)\s+(?:(?:also|likewise|only|similarly)\s+)?(?:terminate|suspend|cancel|elect\s+not\s+to\s+renew)\b)/g;

/** Where each right after the first begins, for a sentence that gives two parties a right each. */
function holderStarts(body: string, offset: number): number[] {
  const starts: number[] = [];
  SECOND_HOLDER_RE.lastIndex = 0;
  for (let m = SECOND_HOLDER_RE.exec(body); m !== null; m = SECOND_HOLDER_RE.exec(body)) {
    starts.push(offset + m.index + m[0].length);
  }
  return starts;
}

// A limb written on a line of its own, without an enumerator: the line before ends the lead-in (":") or the
// limb before ("; or", "; and", ";", ", or").
const LIMB_BREAK_RE = /(?::|;(?:[ \t]*(?:or|and))?|,[ \t]*(?:or|and))[ \t]*\r?\n(?=[ \t]*[A-Za-z(])/g;

/**
 * Where the limbs of a list written one per line begin ("may terminate this Agreement:\non ninety days' notice
 * for any reason; or\nimmediately if ..."): each line after a lead-in ending in ":", when every line but the last
 * ends the way a limb does. Empty when the sentence is not such a list.
 */
function lineLimbStarts(body: string, offset: number): number[] {
  LIMB_BREAK_RE.lastIndex = 0;
  const first = LIMB_BREAK_RE.exec(body);
  if (first === null || first[0][0] !== ':') return [];
  const starts = [first.index + first[0].length];
  for (let m = LIMB_BREAK_RE.exec(body); m !== null; m = LIMB_BREAK_RE.exec(body)) {
    if (m[0][0] === ':') return [];
    starts.push(m.index + m[0].length);
  }
  // Every line after the lead-in must be a limb: a line break that is only wrapping makes it prose.
  const limbs = starts.map((start, i) => body.slice(start, i + 1 < starts.length ? starts[i + 1] : body.length));
  if (starts.length < 2 || limbs.some((limb) => limb.trimEnd().includes('\n'))) return [];
  return starts.map((start) => offset + start);
}

// "This Agreement may be terminated by either party upon ninety days' notice; by the Licensor immediately if ...;
// or by the Licensee if ...": one passive right, then limbs that each name who may use it and how.
const PASSIVE_RIGHT_RE = /\b(?:may|shall|can)\s+be\s+(?:terminated|cancell?ed)\b|\b(?:is|shall\s+be)\s+terminable\b/i;
const AGENT_RE = /\bby\s+(?:either|each|any|the|[A-Z])/g;
const AGENT_LIMB_RE = /;[ \t\r\n]*(?:(?:or|and)[ \t\r\n]+)?(?=by[ \t\r\n]+(?:either|each|any|the|[A-Z]))/g;

/**
 * Where the limbs of a passive right begin when they are joined by semicolons, each naming its agent ("; by the
 * Licensor ...", "; or by the Licensee ..."); empty unless there are at least two such limbs.
 */
function agentLimbStarts(body: string, offset: number): number[] {
  const right = PASSIVE_RIGHT_RE.exec(body);
  if (!right) return [];
  AGENT_RE.lastIndex = right.index + right[0].length;
  const firstAgent = AGENT_RE.exec(body);
  // The first agent follows the verb closely ("may be terminated: by either party", "terminated by the Licensor").
  if (!firstAgent || firstAgent.index - (right.index + right[0].length) > 12) return [];
  const starts = [firstAgent.index];
  AGENT_LIMB_RE.lastIndex = firstAgent.index;
  for (let m = AGENT_LIMB_RE.exec(body); m !== null; m = AGENT_LIMB_RE.exec(body)) starts.push(m.index + m[0].length);
  return starts.length >= 2 ? starts.map((start) => offset + start) : [];
}

function pushItems(units: ClauseUnit[], sentence: Sentence, starts: number[], leadIn: Sentence | null): void {
  starts.forEach((itemStart, i) => {
    units.push({ sentence, start: itemStart, end: i + 1 < starts.length ? (starts[i + 1] as number) : sentence.end, leadIn });
  });
}

/**
 * Clause units of `text`: each sentence, and for a sentence with two or more enumerated items,
 * each item with the sentence's lead-in.
 * @example splitClauses('Either party may terminate: (i) upon thirty (30) days notice, or (ii) immediately if bankrupt.').length // 2
 */
export function splitClauses(text: string): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  // A list whose items are sentences of their own ("...: (a) ... . (b) ...") keeps its lead-in.
  let listLead: Sentence | null = null;
  for (const sentence of splitSentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const continuing = ITEM_START_RE.test(body) && listLead !== null && sentence.start - listLead.end < 4000;
    if (!continuing) listLead = opensList(body) ? sentence : null;
    const items = itemStarts(body, sentence.start);
    const first = items[0];
    if (!continuing && first !== undefined && first > sentence.start && opensList(text.slice(sentence.start, first))) {
      listLead = { start: sentence.start, end: first };
    }
    if (continuing) {
      // Items written as sentences of their own: each keeps the list's lead-in.
      const starts = first === sentence.start ? items : [sentence.start, ...items];
      pushItems(units, sentence, starts, listLead);
      continue;
    }
    if (first === undefined || items.length < 2) {
      const agents = agentLimbStarts(body, sentence.start);
      const firstAgent = agents[0];
      if (firstAgent !== undefined) {
        pushItems(units, sentence, agents, { start: sentence.start, end: firstAgent });
        continue;
      }
      const limbs = lineLimbStarts(body, sentence.start);
      const firstLimb = limbs[0];
      if (firstLimb !== undefined) {
        pushItems(units, sentence, limbs, { start: sentence.start, end: firstLimb });
        continue;
      }
      pushItems(units, sentence, [sentence.start, ...holderStarts(body, sentence.start)], null);
      continue;
    }
    pushNestedItems(units, text, sentence, items, first > sentence.start ? { start: sentence.start, end: first } : null);
  }
  return units;
}

/**
 * The items of a list, each split into its own limbs when it has two or more of another style:
 * "(a) by the Licensor (i) if ... or (ii) upon sixty days' notice; (b) by the Licensee (i) ... (ii) ...".
 */
function pushNestedItems(units: ClauseUnit[], text: string, sentence: Sentence, starts: number[], leadIn: Sentence | null): void {
  starts.forEach((itemStart, i) => {
    const itemEnd = i + 1 < starts.length ? (starts[i + 1] as number) : sentence.end;
    const body = text.slice(itemStart, itemEnd);
    ENUMERATOR_RE.lastIndex = 0;
    const itemLabel = ENUMERATOR_RE.exec(body);
    ENUMERATOR_RE.lastIndex = 0;
    const limbs = enumeratorsOf(body, itemStart, true);
    const firstLimb = limbs[0];
    const topLabel = itemLabel?.index === 0 ? (itemLabel[1] as string).toLowerCase() : null;
    const nested =
      topLabel !== null &&
      firstLimb !== undefined &&
      limbs.length >= 2 &&
      styleOf(firstLimb.label, firstLimb.label === 'i') !== styleOf(topLabel, topLabel === 'i' || ROMAN_RE.test(topLabel));
    if (!nested) {
      units.push({ sentence, start: itemStart, end: itemEnd, leadIn });
      return;
    }
    const itemLead = { start: itemStart, end: firstLimb.at };
    limbs.forEach((limb, j) => {
      const end = j + 1 < limbs.length ? (limbs[j + 1] as Enumerator).at : itemEnd;
      units.push(leadIn ? { sentence, start: limb.at, end, leadIn, itemLead } : { sentence, start: limb.at, end, leadIn: itemLead });
    });
  });
}
