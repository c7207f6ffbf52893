/**
 * Finds the notice provisions of an agreement: non-renewal (and opt-in extension) notices,
 * termination for convenience, termination for cause with its cure period, immediate termination,
 * suspension, and notice delivery. Each is typed, attributed to the party that may use it, cited
 * to its section and page, and quoted with offsets into the text.
 */
import type { DeemedReceipt, Period, Provision } from '../../domain/types.ts';
import { findPeriods } from '../periods.ts';
import { mergeNoticeWindows } from './notice-window.ts';
import { classifyUnit } from './classify.ts';
import { splitClauses, type ClauseUnit } from './clauses.ts';
import type { ProvisionContext } from './context.ts';
import { NEXT_BUSINESS_DAY_RULE_RE, deliveriesIn } from './notice-delivery.ts';
import { occurrencesOf } from './occurrences.ts';
import { partyOf } from './party.ts';

export type { ProvisionContext } from './context.ts';
export { bareContext } from './context.ts';

// Units without any of these words cannot state a provision; testing this first keeps the pass cheap.
const RELEVANT_RE = /terminat|cancel|renew|extend|extension|suspen|notice|notif|cure|prolong|deemed/i;
// Words every "next business day" rule ends with: only units holding them are tested for the rule.
const BUSINESS_DAY_RE = /(?:business|working|banking)\s+day/i;
const MAX_QUOTE = 1500;
const SPACE_RE = /\s/;

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

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && SPACE_RE.test(text[e - 1] as string)) e--;
  return e;
}

/**
 * A notices section states one rule per sentence ("email ... when sent. Courier ... one (1) business
 * day after deposit."): consecutive delivery sentences of one section become one provision.
 */
function mergeDeliveries(provisions: Provision[], text: string): void {
  for (let i = provisions.length - 1; i > 0; i--) {
    const later = provisions[i] as Provision;
    if (later.type !== 'notice-delivery') continue;
    let j = i - 1;
    while (j >= 0 && (provisions[j] as Provision).type !== 'notice-delivery' && (provisions[j] as Provision).start >= later.start - 2000)
      j--;
    const earlier = provisions[j];
    if (earlier?.type !== 'notice-delivery' || earlier.section !== later.section || later.start - earlier.end > 1500) continue;
    const methods = new Set((earlier.deliveries ?? []).map((d) => d.method));
    earlier.deliveries = [...(earlier.deliveries ?? []), ...(later.deliveries ?? []).filter((d) => !methods.has(d.method))];
    earlier.end = Math.max(earlier.end, later.end);
    earlier.text = text.slice(earlier.start, earlier.end);
    if (later.nextBusinessDayRule) earlier.nextBusinessDayRule = true;
    provisions.splice(i, 1);
  }
}

function deliveryProvision(text: string, unit: ClauseUnit, deliveries: DeemedReceipt[], context: ProvisionContext): Provision {
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
    deliveries,
  };
}

/**
 * "Pretzel Time may elect not to renew upon written notice. Pretzel Time shall notify Franchisee
 * not less than six (6) months prior ...": a non-renewal without a period is dropped when a nearby
 * non-renewal states one.
 */
function dropUnstatedWhereStated(provisions: Provision[]): void {
  const stated = provisions.filter((p) => p.type === 'non-renewal' && p.notice !== null);
  for (let i = provisions.length - 1; i >= 0; i--) {
    const p = provisions[i] as Provision;
    if (p.type !== 'non-renewal' || p.notice !== null) continue;
    if (stated.some((s) => Math.abs(s.start - p.start) <= 3000)) provisions.splice(i, 1);
  }
}

/**
 * The notice provisions written in `text`, in text order.
 * @example findProvisions('Either party may terminate this Agreement for any reason upon thirty (30) days written notice.', bareContext())
 * // [{ type: 'termination-for-convenience', party: 'either', notice: { amount: 30, unit: 'day', qualifier: 'upon', ... }, ... }]
 */
export function findProvisions(text: string, context: ProvisionContext): Provision[] {
  const periods = findPeriods(text);
  const provisions: Provision[] = [];
  const seen = new Set<string>();
  let previous = '';
  let nextBusinessDayUnit: ClauseUnit | null = null;
  const relevant = occurrencesOf(text, RELEVANT_RE);
  const businessDays = occurrencesOf(text, BUSINESS_DAY_RE);
  for (const unit of splitClauses(text)) {
    const item = text.slice(unit.start, unit.end);
    if (nextBusinessDayUnit === null && businessDays.within(unit.start, unit.end) && NEXT_BUSINESS_DAY_RULE_RE.test(item))
      nextBusinessDayUnit = unit;
    if (!relevant.within(unit.start, unit.end) && !(unit.leadIn && relevant.within(unit.leadIn.start, unit.leadIn.end))) {
      previous = item;
      continue;
    }
    const lead = unit.leadIn ? text.slice(unit.leadIn.start, unit.leadIn.end) : '';
    const clause = lead ? `${lead} ${item}` : item;
    const unitPeriods = unit.leadIn
      ? [...periodsIn(periods, unit.leadIn.start, unit.leadIn.end), ...periodsIn(periods, unit.start, unit.end)]
      : periodsIn(periods, unit.start, unit.end);
    const leadLength = lead.length;
    const offsetOf = (i: number): number =>
      unit.leadIn && i < leadLength ? unit.leadIn.start + i : unit.start + Math.max(0, i - (leadLength ? leadLength + 1 : 0));
    const findings = classifyUnit({
      text,
      clause,
      lead,
      item,
      floor: unit.leadIn?.start ?? unit.start,
      periods: unitPeriods,
      previous,
      offsetOf,
    });
    const quote = quoteSpan(unit);
    const end = trimEnd(text, quote.start, quote.end);
    const { section, heading } = context.sectionAt(unit.start);
    for (const f of findings) {
      // Items of one list share their lead-in's period: one provision per period, not per item.
      const key = `${f.type}|${f.notice?.start ?? `q${quote.start}`}|${f.cure?.start ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      provisions.push({
        type: f.type,
        party: partyOf(clause, f.verbAt, context.parties),
        section,
        heading,
        notice: f.notice,
        cure: f.cure,
        grounds: f.grounds,
        flags: f.flags,
        text: text.slice(quote.start, end),
        start: quote.start,
        end,
        page: context.pageAt(quote.start),
      });
    }
    // A list's lead-in often states the first pair ("deemed received (a) when delivered, if delivered
    // personally; (b) ..."): read it with the item, and quote both.
    const deliveries = deliveriesIn(clause);
    if (deliveries.length > 0) provisions.push(deliveryProvision(text, { ...unit, start: quote.start }, deliveries, context));
    previous = item;
  }
  dropUnstatedWhereStated(provisions);
  mergeNoticeWindows(provisions);
  mergeDeliveries(provisions, text);
  if (nextBusinessDayUnit !== null) {
    // The rule moving a last day off a weekend or holiday belongs with how notices take effect.
    const delivery = provisions.find((p) => p.type === 'notice-delivery') ?? deliveryProvision(text, nextBusinessDayUnit, [], context);
    if (!provisions.includes(delivery)) provisions.push(delivery);
    delivery.nextBusinessDayRule = true;
  }
  return provisions;
}
