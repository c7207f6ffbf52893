import escapeRegExp from 'escape-string-regexp';
import { JURISDICTIONS } from '../contract/jurisdictions.ts';
import { zoneForJurisdiction } from '../time/zones.ts';

/**
 * The zone of a postal address as letters and notice clauses write it, from its last place that names a
 * jurisdiction with one principal zone: a US state or Canadian province before its postal code ("Denver, CO
 * 80202", "Toronto, Ontario M5V 2T6"), a UK postcode ("London EC2A 4BX"), or a country or state written out
 * ("United Kingdom", "Germany", "Ontario"). A deemed-receipt cut-off "in the recipient's local time" is
 * applied in this zone. Null when the address names no such place (then the caller falls back and, where
 * the choice matters, asks for review).
 */

const US_OR_CA_CODE = /,\s*([A-Z]{2})\.?\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/g;
const CANADIAN_POSTCODE = /[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/;
const COUNTRY_WORDS: Readonly<Record<string, string>> = {
  'united kingdom': 'GB',
  'great britain': 'GB',
  scotland: 'GB',
  'northern ireland': 'GB',
  deutschland: 'DE',
  'united states': 'US',
  usa: 'US',
  canada: 'CA',
};
const NAMES: Readonly<Record<string, string>> = { ...JURISDICTIONS, ...COUNTRY_WORDS };
const NAME_RE = new RegExp(
  `\\b(${Object.keys(NAMES)
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name))
    .join('|')})\\b`,
  'gi',
);

interface Place {
  at: number;
  code: string;
}

function places(text: string): Place[] {
  const found: Place[] = [];
  for (const m of text.matchAll(US_OR_CA_CODE)) {
    const country = CANADIAN_POSTCODE.test(m[0]) ? 'CA' : 'US';
    found.push({ at: m.index ?? 0, code: `${country}-${m[1] ?? ''}` });
  }
  for (const m of text.matchAll(UK_POSTCODE)) {
    // A Canadian postcode ("M5V 2T6") has a digit where a UK outward code has letters: not matched here.
    found.push({ at: m.index ?? 0, code: 'GB' });
  }
  for (const m of text.matchAll(NAME_RE)) {
    const code = NAMES[(m[1] ?? '').toLowerCase()];
    if (code) found.push({ at: m.index ?? 0, code });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * @example zoneOfAddress('Beta Corp.\n1600 Larimer Street\nDenver, CO 80202') // 'America/Denver'
 * @example zoneOfAddress('Gamma Ltd, 1 Finsbury Square, London EC2A 1AE') // 'Europe/London'
 * @example zoneOfAddress('100 King Street West, Toronto, Ontario M5X 1A9') // 'America/Toronto'
 * @example zoneOfAddress('Suite 400') // null
 */
export function zoneOfAddress(text: string): string | null {
  // The most specific place wins: the last that resolves to a zone (a country named last spans several).
  const resolved = places(text)
    .map((p) => zoneForJurisdiction(p.code))
    .filter((z): z is string => z !== null);
  return resolved.at(-1) ?? null;
}
