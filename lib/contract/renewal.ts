/**
 * How the agreement renews:
 * - automatic: renews unless notice is given ("automatically renewed for successive one (1) year
 *   periods", "shall renew from year to year", "extendable for a further year, unless notice of
 *   non-renewal is sent");
 * - evergreen: no fixed end, runs until terminated ("continue indefinitely", "in perpetuity",
 *   "automatic renewal for an indefinite period", "thereafter until terminated by either party");
 * - option: one party may extend ("at its option", "option to renew/extend", "Cisco may, by
 *   written notice ..., extend the term");
 * - mutual: only by agreement ("may be renewed by mutual written agreement");
 * - none: no renewal language.
 *
 * Every sentence with a renewal word is classified on its own (term/renewal-rules.ts). Across
 * sentences, automatic wording wins (it is specific, and a contract that renews automatically may
 * still say elsewhere that something "continues until terminated"), then evergreen, then a party's
 * option, then renewal by agreement (a contract giving one party an option usually also allows any
 * extension the parties agree). Within one sentence, evergreen wins over automatic: an "automatic
 * renewal for an indefinite period" has no renewal date to give notice before.
 */
import type { Period, Renewal, RenewalType } from '../domain/types.ts';
import { findPeriods } from './periods.ts';
import { sentenceAround, type Span } from './structure/sentence.ts';
import { RENEWAL_SENTENCE_CUE, renewalCuesOf, type RenewalCue } from './term/renewal-rules.ts';

export interface RenewalClause extends Span {
  renewal: Renewal;
}

const PRIORITY: readonly RenewalType[] = ['automatic', 'evergreen', 'option', 'mutual'];
// Renewal words are common in long agreements ("renewal of a licence", "extend the time"); reading a
// bounded number of sentences keeps the cost linear.
const MAX_SENTENCES = 80;
const NOTICE_AFTER = /^[\s'’s]*(?:(?:prior\s+)?(?:advance\s+)?(?:written\s+)?notice|prior|in\s+advance|before)/i;

/**
 * The renewal term written in the clause: the first month/year period that is not a notice period,
 * preferring one written after the renewal words ("an initial term of three (3) years and shall
 * automatically renew for additional one (1) year terms" renews for one year).
 */
function renewalTerm(text: string, span: Span, cueAt: number): Period | null {
  const clause = text.slice(span.start, span.end);
  // "automatic annual renewals", "extend automatically for monthly periods": the cue names the length.
  const named = /^[^.;]{0,40}?\b(annual(?:ly)?|yearly|monthly)\b/i.exec(text.slice(cueAt, cueAt + 60));
  if (named) return { amount: 1, unit: /month/i.test(named[1] as string) ? 'month' : 'year', qualifier: null };
  if (/\bhalf\s+a\s+year\b/i.test(clause)) return { amount: 6, unit: 'month', qualifier: null };
  const terms = findPeriods(clause, span.start).filter(
    (p) => (p.unit === 'year' || p.unit === 'month') && !NOTICE_AFTER.test(text.slice(p.end ?? 0, (p.end ?? 0) + 30)),
  );
  const chosen = terms.find((p) => (p.start ?? 0) >= cueAt) ?? terms[0];
  if (chosen !== undefined) return chosen;
  if (/\b(?:year[\s-]to[\s-]year|annual(?:ly)?)\b/i.test(clause)) return { amount: 1, unit: 'year', qualifier: null };
  if (/\b(?:month[\s-]to[\s-]month|monthly)\b/i.test(clause)) return { amount: 1, unit: 'month', qualifier: null };
  return null;
}

/** The cue one sentence states: evergreen beats automatic inside a sentence (see the header). */
function sentenceCue(cues: RenewalCue[]): RenewalCue | null {
  return cues.find((c) => c.kind === 'evergreen') ?? cues[0] ?? null;
}

/**
 * The renewal clause and its kind; `{ type: 'none' }` with no clause when nothing renews.
 * @example findRenewal('shall be automatically renewed for successive one (1) year periods').renewal.type // 'automatic'
 */
export function findRenewal(text: string): { clause: RenewalClause | null; renewal: Renewal } {
  const firstOfKind = new Map<RenewalType, { span: Span; cueAt: number }>();
  let lastEnd = -1;
  let read = 0;
  RENEWAL_SENTENCE_CUE.lastIndex = 0;
  for (let m = RENEWAL_SENTENCE_CUE.exec(text); m !== null && read < MAX_SENTENCES; m = RENEWAL_SENTENCE_CUE.exec(text)) {
    if (m.index < lastEnd) continue;
    const span = sentenceAround(text, m.index);
    lastEnd = span.end;
    read += 1;
    const cue = sentenceCue(renewalCuesOf(text.slice(span.start, span.end)));
    if (cue !== null && !firstOfKind.has(cue.kind)) firstOfKind.set(cue.kind, { span, cueAt: span.start + cue.start });
    if (cue?.kind === 'automatic') break;
  }
  for (const type of PRIORITY) {
    const found = firstOfKind.get(type);
    if (found === undefined) continue;
    const { span, cueAt } = found;
    const renewal: Renewal = { type, term: type === 'evergreen' ? null : renewalTerm(text, span, cueAt) };
    return { clause: { ...span, renewal }, renewal };
  }
  return { clause: null, renewal: { type: 'none', term: null } };
}
