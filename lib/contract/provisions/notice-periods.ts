import { flexible } from './flexible.ts';
import type { Period } from '../../domain/types.ts';

// "for successive one (1) year terms", "a period of twelve (12) months", "each of two (2) years".
const TERM_BEFORE_RE = flexible(
  /\b(?:for|periods? of|terms? of|each of|each|successive|additional|further|consecutive|duration of|increments? of)\s+(?:(?:an?|one or more|the|such|further|additional|successive|consecutive|renewal|subsequent|extended|like)\s+)*$/i,
);
const TERM_AFTER_RE = flexible(
  /^['’]?\s*(?:-\s*)?(?:\(|")?\s*(?:terms?|periods?|increments?|duration|renewals?|extensions?|basis|intervals?|contract|anniversar\w*|of the date|after the (?:effective )?date|from the (?:effective )?date|following the (?:effective )?date)\b/i,
);
const FORWARD_AFTER_RE = flexible(
  /^['’]?s?\s*(?:\([^)]{0,20}\)\s*)?(?:after|following|from|thereafter|of (?:the )?(?:expiration|termination|receipt|the date))\b/i,
);
const NOTICE_BEFORE_RE = /\bnotice\b[^.;]{0,70}$/i;
const NOTICE_PERIOD_OF_RE = flexible(/\bnotice periods? of (?:(?:at least|not less than|no less than|a minimum of)\s+)?$/i);

/**
 * Whether a period in a clause is the length of a notice (rather than a term length, a cure window
 * or a delay): "at least ninety (90) days prior to", "upon thirty (30) days' notice", "notice ...
 * of at least 3 months". `loose` also accepts an unqualified period after the word "notice".
 * @example isNoticeLike(text, parsePeriod('for successive one (1) year terms'), 0) // false: a term length
 */
export function isNoticeLike(text: string, period: Period, clauseStart: number, loose = false): boolean {
  const start = period.start ?? 0;
  const end = period.end ?? start;
  const before = text.slice(Math.max(clauseStart, start - 40), start);
  const after = text.slice(end, end + 40);
  const strong = period.qualifier === 'at-least' || period.qualifier === 'prior-to' || period.qualifier === 'no-later-than';
  // "a notice period of three (3) months" is the length of a notice, not of a term.
  if (!strong && TERM_BEFORE_RE.test(before) && !NOTICE_PERIOD_OF_RE.test(before)) return false;
  if (TERM_AFTER_RE.test(after)) return false;
  // "three (3) years after termination", "within thirty (30) days following expiration": a window
  // after an event, never a notice.
  if (FORWARD_AFTER_RE.test(after)) return false;
  if (period.qualifier === 'after' || period.qualifier === 'within' || period.qualifier === 'not-more-than') {
    return period.anchor === 'end-of-term' || period.anchor === 'renewal-date';
  }
  if (strong || period.qualifier === 'upon') return true;
  if (
    period.anchor === 'notice' ||
    period.anchor === 'end-of-term' ||
    period.anchor === 'renewal-date' ||
    period.anchor === 'effective-date'
  )
    return true;
  if (loose) return period.qualifier === null && /\bnotice\b/i.test(text.slice(clauseStart, start));
  return NOTICE_BEFORE_RE.test(text.slice(Math.max(clauseStart, start - 70), start));
}

/**
 * The cure window of a breach clause: the period after the cure words, or the first "within N days".
 * @example curePeriod(text, periods, cureAt) // the period of 'fails to cure within thirty (30) days after notice'
 */
export function curePeriod(text: string, periods: Period[], cureAt: number): Period | null {
  const near = periods.filter((p) => (p.start ?? 0) >= cureAt - 120);
  const preferred = near.find(
    (p) => p.qualifier === 'within' || p.qualifier === 'after' || p.anchor === 'receipt-of-notice' || p.anchor === 'dispatch-of-notice',
  );
  if (preferred) return preferred;
  const within = periods.find((p) => p.qualifier === 'within');
  if (within) return within;
  const cureWindow = near.find((p) => /^\s*(?:cure|remedy)/i.test(text.slice(p.end ?? 0, (p.end ?? 0) + 20)));
  return cureWindow ?? near[0] ?? null;
}

/**
 * Every cure window of a breach clause: "remains uncured 30 days in the case of a breach of a payment
 * obligation, or 45 days for all other material breaches" gives two. Notice periods ("upon ten (10)
 * days prior written notice") and windows after termination are left out.
 * @example curePeriods(text, periods, cureAt).map((p) => p.amount) // [30, 45]
 */
export function curePeriods(text: string, periods: Period[], cureAt: number): Period[] {
  const first = curePeriod(text, periods, cureAt);
  if (first === null) return [];
  const found = [first];
  for (const p of periods) {
    if (found.length >= 3) break;
    if (p === first || (p.start ?? 0) < cureAt - 120) continue;
    if (p.qualifier === 'prior-to' || p.qualifier === 'at-least' || p.qualifier === 'not-more-than') continue;
    if (p.anchor === 'end-of-term' || p.anchor === 'effective-date') continue;
    const after = text.slice(p.end ?? 0, (p.end ?? 0) + 40);
    const cureLike =
      p.qualifier === 'within' ||
      p.anchor === 'receipt-of-notice' ||
      p.anchor === 'dispatch-of-notice' ||
      /^\s*(?:period\s*)?(?:\)\s*)?(?:in the case of|for|with respect to|if|in respect of|where)\b/i.test(after);
    if (cureLike && !found.some((f) => f.amount === p.amount && f.unit === p.unit)) found.push(p);
  }
  return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/**
 * "immediately upon notice": a notice of zero days, kept as a period so verdicts can compare it.
 * @example immediatePeriod(text, 120, 11) // { amount: 0, unit: 'day', qualifier: 'upon', anchor: 'notice', text: 'immediately', ... }
 */
export function immediatePeriod(text: string, at: number, length: number): Period {
  return { amount: 0, unit: 'day', qualifier: 'upon', anchor: 'notice', text: text.slice(at, at + length), start: at, end: at + length };
}
