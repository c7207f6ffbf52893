import { DateTime } from 'luxon';
import type { Provision, TermInfo } from '../../domain/types.ts';
import { parseNumberWords, parseOrdinal } from '../numbers.ts';
import { findDates } from '../dates.ts';

/**
 * A termination right that may not take effect before some day — a lock-in: "provided that no such termination
 * shall be effective prior to the first anniversary of the Effective Date", "at any time after the first
 * twelve (12) months of the Term", "such termination shall not take effect before the end of the Initial
 * Term". The notice can be long enough and the termination still premature, so the floor is read with the
 * right and resolved to a day from the agreement's own dates where it can be; where it cannot, the verdict
 * must say so rather than ignore it.
 */

const FORWARD_RIGHTS: ReadonlySet<Provision['type']> = new Set(['termination-for-convenience']);

/**
 * "no such termination shall be effective prior to", "shall not take effect before", "effective no earlier than",
 * and a proviso "Licensee may not terminate under this Section before the first anniversary" (read as the day the
 * termination may first take effect).
 */
const NOT_BEFORE_RE =
  /\b(?:(?:no|any)\s+(?:such\s+)?termination\s+(?:shall|will|may)\s+(?:not\s+)?|(?:such\s+|the\s+)?termination\s+(?:shall|will|may)\s+not\s+|(?:shall|will)\s+not\s+)(?:be(?:come)?\s+effective|take\s+effect)\s+(?:prior\s+to|before|earlier\s+than|until)\s+([^.;]{3,140})|\beffective\s+no\s+(?:earlier|sooner)\s+than\s+([^.;]{3,140})|\b(?:([A-Z][\w&.-]*)\s+)?(?:may|shall|will)\s+not\s+(?:terminate|cancel)\b(?:[^.;]|\.\d){0,60}?\s(?:prior\s+to|before|until)\s+([^.;]{3,140})|\bneither\s+party\s+(?:may|shall|will)\s+(?:terminate|cancel)\b(?:[^.;]|\.\d){0,60}?\s(?:prior\s+to|before|until)\s+([^.;]{3,140})/gi;
/** "at any time after the first anniversary of the Effective Date, ... terminate", "after the first twelve (12) months of the Term". */
const AFTER_RE =
  /\b(?:at\s+any\s+time\s+)?(?:on\s+or\s+)?after\s+(the\s+(?:first|second|third|fourth|fifth|\w+)\s+(?:anniversary|\w+\s*(?:\(\s*\d+\s*\)\s*)?(?:months?|years?))[^.;,]{0,60})/gi;

/** The day named by `phrase` ("the first anniversary of the Effective Date", "the end of the Initial Term", a date). */
function resolveDay(phrase: string, term: TermInfo): string | null {
  // "the end of the first twelve (12) months of the Initial Term" is the day those months have run: the term
  // starts on the Effective Date, so it is the same day as "the first twelve months".
  const text = phrase
    .trim()
    .replace(
      /^the\s+(?:end|expiration|expiry|close)\s+of\s+(?=the\s+(?:first|initial)\s+(?:[a-z]+[\s-]+){0,3}?(?:\(\s*\d{1,3}\s*\)\s*)?(?:months?|years?)\b)/i,
      '',
    );
  const effective = term.effectiveDate ?? term.agreementDate;
  const anniversary = /^the\s+(\w+)\s+anniversary\s+of\s+the\s+(?:effective|commencement|start)\s+date\b/i.exec(text);
  if (anniversary) {
    const n = parseOrdinal(anniversary[1] as string);
    return n && effective ? (DateTime.fromISO(effective).plus({ years: n }).toISODate() as string) : null;
  }
  const months = /^the\s+(?:first|initial)\s+((?:[a-z]+[\s-]+){0,3}?)(?:\(\s*(\d{1,3})\s*\)\s*)?(months?|years?)\b/i.exec(text);
  if (months) {
    const amount = months[2] ? Number(months[2]) : parseNumberWords((months[1] ?? '').trim());
    if (!amount || !effective) return null;
    const unit = /^year/i.test(months[3] as string) ? 'years' : 'months';
    return DateTime.fromISO(effective)
      .plus({ [unit]: amount })
      .toISODate() as string;
  }
  // "the end of the Initial Term": the termination may take effect on its last day.
  if (/^the\s+(?:end|expiration|expiry)\s+of\s+the\s+(?:initial|first|minimum)\s+(?:term|period)\b/i.test(text)) return term.expirationDate;
  const date = findDates(text)[0];
  return date && date.precision === 'day' && date.start < 20 ? date.iso : null;
}

/**
 * Reads each termination right's lock-in, if it has one, and resolves it to a day.
 * @example applyEffectiveFloors(provisions, term) // notEffectiveBefore: { date: '2026-05-01', text: 'the first anniversary of the Effective Date' }
 */
export function applyEffectiveFloors(provisions: Provision[], term: TermInfo): void {
  for (const provision of provisions) {
    if (!FORWARD_RIGHTS.has(provision.type)) continue;
    const m = NOT_BEFORE_RE.exec(provision.text) ?? AFTER_RE.exec(provision.text);
    NOT_BEFORE_RE.lastIndex = 0;
    AFTER_RE.lastIndex = 0;
    if (!m) continue;
    // The day named, without the grant that may follow it ("..., but either party may terminate thereafter").
    const phrase = (m[1] ?? m[2] ?? m[4] ?? m[5] ?? '').split(/,?\s+(?:but|however)\b/i)[0]?.trim() ?? '';
    // "Either party may terminate ...; provided that Licensee may not terminate before ...": the floor binds
    // one holder of a mutual right, which the verdict cannot apply to the other.
    const holder = m[3] && provision.party === 'either' ? m[3] : undefined;
    // "may not terminate before X" can also bar giving notice before X, not only its taking effect.
    const exercise = m[4] !== undefined || m[5] !== undefined;
    provision.notEffectiveBefore = {
      date: resolveDay(phrase, term),
      text: phrase,
      ...(holder ? { holder } : {}),
      ...(exercise ? { exercise } : {}),
    };
  }
}
