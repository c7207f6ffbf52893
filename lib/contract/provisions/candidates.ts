/**
 * The candidate generator of the clause-role classifier: the pattern layer (periods, rights,
 * anchors, and the cascade in classify.ts) proposes provisions unit by unit, and each proposal
 * becomes a candidate with its named features. A unit that states a right to end the agreement
 * on notice but that the patterns typed as nothing is proposed too (`proposed: 'none'`), so the
 * model can recover rights the patterns miss. Which role each candidate takes is the model's call
 * (index.ts).
 */
import type { Period, Provision } from '../../domain/types.ts';
import type { RightRole } from '../classifier/roles.ts';
import { type CandidateInput, candidateFeatures, objectOf } from '../classifier/features.ts';
import { findPeriods } from '../periods.ts';
import { type DefinedPeriod, definedPeriods } from '../structure/defined-periods.ts';
import { findZones, zoneAt } from '../structure/zones.ts';
import { classifyUnit, type Finding } from './classify.ts';
import { splitClauses, type ClauseUnit } from './clauses.ts';
import type { ProvisionContext } from './context.ts';
import { DEFINITION_RE, GROUND_DEFINITION_RE, negatesTheRight, TERMINATION_RIGHT_RE } from './cues.ts';
import { NEXT_BUSINESS_DAY_RULE_RE, deliveriesIn } from './notice-delivery.ts';
import { isNoticeLike } from './notice-periods.ts';
import { occurrencesOf } from './occurrences.ts';
import { partyOf } from './party.ts';

export interface RoleCandidate {
  provision: Provision;
  /** The pattern layer's reading, or 'none' when it proposed no role. */
  proposed: RightRole | 'none';
  features: string[];
}

export interface Candidates {
  /** Notice-delivery provisions (not classified). */
  deliveries: Provision[];
  /** Candidates for a role, in text order. */
  roles: RoleCandidate[];
  /** The first unit stating that a last day on a holiday moves to the next business day. */
  nextBusinessDayUnit: ClauseUnit | null;
}

// Units without any of these words cannot state a provision; testing this first keeps the pass cheap.
const RELEVANT_RE = /terminat|cancel|renew|extend|extension|suspen|notice|notif|cure|prolong|deemed/i;
const BUSINESS_DAY_RE = /(?:business|working|banking)\s+day/i;
const MAX_QUOTE = 1500;
const SPACE_RE = /\s/;
// The limbs of a ground's definition ('"Cause" means: (i) ... (ii) ...') lie within this many characters of it.
const GROUND_DEFINITION_REACH = 2500;

/** Periods whose start lies in [from, to), found by binary search in the sorted list. */
function periodsIn(periods: Period[], from: number, to: number): Period[] {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((periods[mid] as Period).start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Period[] = [];
  for (let i = lo; i < periods.length && ((periods[i] as Period).start ?? 0) < to; i++) out.push(periods[i] as Period);
  return out;
}

function quoteSpan(unit: ClauseUnit): { start: number; end: number } {
  const { sentence } = unit;
  if (sentence.end - sentence.start <= MAX_QUOTE) return sentence;
  // A long list: quote from its lead-in to this item, so the words that grant the right stay in the quote.
  const from = unit.leadIn && unit.end - unit.leadIn.start <= 2 * MAX_QUOTE ? unit.leadIn.start : unit.start;
  return { start: from, end: unit.end };
}

/** Where index `i` of the spans' words joined by single spaces lies in the text. */
function offsetInSpans(i: number, spans: ReadonlyArray<{ start: number; end: number }>): number {
  let rest = i;
  for (const [k, span] of spans.entries()) {
    const length = span.end - span.start;
    if (rest < length || k === spans.length - 1) return span.start + Math.max(0, rest);
    rest -= length + 1;
  }
  return spans[0]?.start ?? 0;
}

/** The end of [start, end) without trailing white space. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && SPACE_RE.test(text[e - 1] as string)) e--;
  return e;
}

// "Such notice shall be given at least sixty (60) days before ...": the sentence states the period of
// the right in the sentence before it. A bare "The notice ..." is too common to link; "the notice
// referred to above" is not.
const LINKED_NOTICE_RE =
  /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:(?:any\s+)?such|this|that|said)\s+(?:(?:written|prior|advance)\s+)?notice\b|^\s*the\s+(?:written\s+)?notice\s+(?:referred\s+to|mentioned|described)\b/i;

interface Pending {
  candidate: RoleCandidate;
  input: CandidateInput;
}

/**
 * Gives the rights of the sentence before ("may elect not to renew by written notice") the period
 * of a sentence that only speaks of "such notice", and quotes both sentences. Returns the keys of
 * the rights so completed, so the same right is not proposed again from the second sentence.
 */
function linkNotice(text: string, unit: ClauseUnit, item: string, periods: Period[], pending: Pending[]): string[] {
  if (pending.length === 0 || !LINKED_NOTICE_RE.test(item)) return [];
  const notice = periods.find((p) => (p.start ?? 0) >= unit.start && isNoticeLike(text, p, unit.start));
  if (notice === undefined) return [];
  const keys: string[] = [];
  for (const { candidate, input } of pending) {
    const { provision } = candidate;
    provision.notice = notice;
    provision.flags = [...provision.flags.filter((f) => f !== 'no-period-stated'), ...(notice.flags ?? [])];
    provision.end = trimEnd(text, provision.start, unit.end);
    provision.text = text.slice(provision.start, provision.end);
    candidate.features = [...candidateFeatures({ ...input, notice }), 'linked-notice'].sort();
    keys.push(`${provision.type}|${notice.start}|`);
  }
  return keys;
}

/** The notice period a clause names by its defined name ("on expiry of the Notice Period"). */
function definedNoticeIn(clause: string, defined: readonly DefinedPeriod[]): Period | null {
  for (const d of defined) if (clause.includes(d.name)) return d.period;
  return null;
}

/** A right to end the agreement on notice that the patterns typed as nothing: the model decides. */
function unproposed(clause: string, text: string, periods: Period[], floor: number, defined: Period | null): Finding | null {
  const m = TERMINATION_RIGHT_RE.exec(clause);
  if (m === null || negatesTheRight(clause)) return null;
  const notice = periods.find((p) => isNoticeLike(text, p, floor)) ?? defined;
  if (notice === null) return null;
  return { type: 'termination-for-convenience', verbAt: m.index, notice, cure: null, grounds: [], flags: [] };
}

export function deliveryProvision(
  text: string,
  unit: ClauseUnit,
  deliveries: Provision['deliveries'],
  context: ProvisionContext,
): Provision {
  const { section, heading } = context.sectionAt(unit.start);
  const end = trimEnd(text, unit.start, unit.end);
  return {
    type: 'notice-delivery',
    party: 'either',
    section,
    heading,
    notice: null,
    cure: null,
    grounds: [],
    flags: [],
    text: text.slice(unit.start, end),
    start: unit.start,
    end,
    page: context.pageAt(unit.start),
    deliveries: deliveries ?? [],
  };
}

/**
 * The role candidates and notice-delivery provisions of `text`, in text order.
 * @example provisionCandidates('Either party may terminate this Agreement for any reason upon thirty (30) days notice.', bareContext()).roles[0]?.proposed // 'termination-for-convenience'
 */
export function provisionCandidates(text: string, context: ProvisionContext): Candidates {
  const periods = findPeriods(text);
  const zones = findZones(text);
  // Only names of notice periods: a "Renewal Term" is how long the agreement runs, not a notice.
  const definedNotices = definedPeriods(text, periods).filter((d) => /\bNotice\b/.test(d.name));
  const out: Candidates = { deliveries: [], roles: [], nextBusinessDayUnit: null };
  const seen = new Set<string>();
  // The provision each key was first given to, so that later items of its list can add their grounds.
  const byKey = new Map<string, Provision>();
  let previous = '';
  let pending: Pending[] = [];
  // Where the definition of a termination ground being read ends (-1: none).
  let groundDefinitionEnd = -1;
  const relevant = occurrencesOf(text, RELEVANT_RE);
  const businessDays = occurrencesOf(text, BUSINESS_DAY_RE);
  for (const unit of splitClauses(text)) {
    const item = text.slice(unit.start, unit.end);
    if (GROUND_DEFINITION_RE.test(item)) groundDefinitionEnd = unit.start + GROUND_DEFINITION_REACH;
    else if (unit.start >= groundDefinitionEnd || DEFINITION_RE.test(item)) groundDefinitionEnd = -1;
    if (out.nextBusinessDayUnit === null && businessDays.within(unit.start, unit.end) && NEXT_BUSINESS_DAY_RULE_RE.test(item))
      out.nextBusinessDayUnit = unit;
    if (!relevant.within(unit.start, unit.end) && !(unit.leadIn && relevant.within(unit.leadIn.start, unit.leadIn.end))) {
      previous = item;
      pending = [];
      continue;
    }
    // The words read with the item: the list's lead-in, a nested limb's item words, then the item itself.
    const leads = [unit.leadIn, unit.itemLead].filter((span): span is NonNullable<typeof span> => span != null);
    const lead = leads.map((span) => text.slice(span.start, span.end)).join(' ');
    const clause = lead ? `${lead} ${item}` : item;
    const unitPeriods = [...leads, unit].flatMap((span) => periodsIn(periods, span.start, span.end));
    const offsetOf = (i: number): number => offsetInSpans(i, [...leads, unit]);
    const floor = unit.leadIn?.start ?? unit.start;
    for (const key of linkNotice(text, unit, item, unitPeriods, pending)) seen.add(key);
    pending = [];
    const inGroundDefinition = groundDefinitionEnd > unit.start;
    const findings = classifyUnit({ text, clause, lead, item, floor, periods: unitPeriods, previous, offsetOf, inGroundDefinition });
    const defined = definedNotices.length > 0 ? definedNoticeIn(clause, definedNotices) : null;
    const extra = findings.length === 0 ? unproposed(clause, text, unitPeriods, floor, defined) : null;
    const quote = quoteSpan(unit);
    const end = trimEnd(text, quote.start, quote.end);
    const { section, heading } = context.sectionAt(unit.start);
    const zone = zoneAt(zones, unit.start);
    for (const f of extra ? [extra] : findings) {
      // Items of one list share their lead-in's period: one provision per period, not per item.
      const key = `${f.type}|${f.notice?.start ?? `q${quote.start}`}|${f.cure?.start ?? ''}`;
      if (seen.has(key)) {
        // "may suspend immediately if (a) a security risk ..., or (b) a breach ...": each item adds its ground.
        const earlier = byKey.get(key);
        if (earlier) earlier.grounds = [...new Set([...earlier.grounds, ...f.grounds])];
        continue;
      }
      seen.add(key);
      const party = partyOf(clause, f.verbAt, context.parties);
      // "may elect not to renew by giving notice within the Notice Period": the defined period.
      const namedNotice = f.notice === null && f.cure === null && defined !== null && f.type !== 'suspension' ? defined : null;
      const notice = f.notice ?? namedNotice;
      const flags = namedNotice ? f.flags.filter((flag) => flag !== 'no-period-stated') : f.flags;
      const provision: Provision = {
        type: f.type,
        party,
        section,
        heading,
        notice,
        cure: f.cure,
        grounds: f.grounds,
        flags,
        text: text.slice(quote.start, end),
        start: quote.start,
        end,
        page: context.pageAt(quote.start),
      };
      const object = objectOf(clause, f.verbAt);
      if (object !== null) provision.object = object;
      if (zone !== 'body') provision.zone = zone;
      byKey.set(key, provision);
      // classifyUnit only proposes rights (never delivery, term or law provisions).
      const proposed = f === extra ? 'none' : (f.type as RightRole);
      const input: CandidateInput = {
        clause,
        verbAt: f.verbAt,
        proposed,
        notice,
        cure: f.cure,
        grounds: f.grounds,
        party,
        heading,
        zone,
        listItem: unit.leadIn !== null,
      };
      const features = candidateFeatures(input);
      const candidate: RoleCandidate = { provision, proposed, features: namedNotice ? [...features, 'defined-notice'].sort() : features };
      out.roles.push(candidate);
      if (notice === null && f.cure === null && proposed !== 'none') pending.push({ candidate, input });
    }
    // A list's lead-in often states the first pair ("deemed received (a) when delivered, if delivered
    // personally; (b) ..."): read it with the item, and quote both.
    const deliveries = deliveriesIn(clause);
    if (deliveries.length > 0) out.deliveries.push(deliveryProvision(text, { ...unit, start: quote.start }, deliveries, context));
    previous = item;
  }
  return out;
}
