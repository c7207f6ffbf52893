/**
 * Periods given a defined name: `"Notice Period" means ninety (90) days`, `"Cure Period" shall
 * mean thirty (30) days`, or `upon ninety (90) days' notice (the "Notice Period")`. A right written
 * with the name ("upon expiry of the Notice Period") then has the period the definition gives.
 * One scan for quoted capitalised names; each definition reads a bounded window.
 */
import type { Period } from '../../domain/types.ts';

export interface DefinedPeriod {
  name: string;
  period: Period;
}

// A quoted name of capitalised words ending in a period word: "Notice Period", "Termination Notice Period".
const NAME_RE = /["“]((?:[A-Z][\w-]*\s+){0,3}(?:Period|Term|Notice|Window))["”]/g;
const MEANS_RE = /^\s*(?:shall\s+)?(?:means?|shall\s+be|is|has\s+the\s+meaning)\b/i;
const WINDOW = 80;

/** The periods whose start lies in [from, to). The list is sorted by start. */
function firstPeriodIn(periods: readonly Period[], from: number, to: number): Period | null {
  for (const p of periods) if ((p.start ?? 0) >= from && (p.start ?? 0) < to) return p;
  return null;
}

function lastPeriodEndingIn(periods: readonly Period[], from: number, to: number): Period | null {
  let found: Period | null = null;
  for (const p of periods) if ((p.end ?? 0) > from && (p.end ?? 0) <= to) found = p;
  return found;
}

/**
 * The defined periods of `text`, given the periods findPeriods read in it.
 * @example definedPeriods('"Notice Period" means ninety (90) days.', findPeriods('"Notice Period" means ninety (90) days.'))[0]?.period.amount // 90
 */
export function definedPeriods(text: string, periods: readonly Period[]): DefinedPeriod[] {
  const out: DefinedPeriod[] = [];
  const seen = new Set<string>();
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    const name = (m[1] as string).replace(/\s+/g, ' ');
    if (seen.has(name)) continue;
    const after = m.index + m[0].length;
    let period: Period | null = null;
    if (MEANS_RE.test(text.slice(after, after + 30))) period = firstPeriodIn(periods, after, after + WINDOW);
    else if (/\(\s*(?:the|each\s+a|a)?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))
      // "... ninety (90) days' prior written notice (the "Notice Period")": the period just before.
      period = lastPeriodEndingIn(periods, m.index - WINDOW, m.index);
    if (period === null || period.amount === null) continue;
    seen.add(name);
    out.push({ name, period });
  }
  return out;
}
