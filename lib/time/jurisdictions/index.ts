import { ENGLAND_AND_WALES } from './england-wales.ts';
import { genericProfile, NO_JURISDICTION } from './generic.ts';
import { GERMANY } from './germany.ts';
import { NEW_YORK } from './new-york.ts';
import { ONTARIO } from './ontario.ts';
import type { JurisdictionProfile } from './profile.ts';
import { US_STATES } from './us-states.ts';

export type { HolidaySource, JurisdictionProfile, PeriodKind } from './profile.ts';
export { profileAuthorities } from './authorities.ts';

/** The jurisdictions with a profile of their own. A new jurisdiction is one file and one line here. */
export const PROFILES: Readonly<Record<string, JurisdictionProfile>> = {
  ...US_STATES,
  'US-NY': NEW_YORK,
  'GB-ENG': ENGLAND_AND_WALES,
  'CA-ON': ONTARIO,
  DE: GERMANY,
};

const BY_CODE = new Map<string, JurisdictionProfile>(
  Object.values(PROFILES).flatMap((p) => [p.code, ...p.aliases].map((code) => [code, p] as const)),
);
const generic = new Map<string, JurisdictionProfile>();

/**
 * The counting profile of a governing law's code, case-insensitive and by alias ('GB' is England and Wales);
 * a code without a profile of its own gets the generic one (its date-holidays calendar and zone, nothing
 * moved), and null or '' the profile of no law (weekends only).
 * @example profileFor('gb').code // 'GB-ENG'
 * @example profileFor('US-NY').lastDay.authority // 'N.Y. Gen. Constr. Law § 25'
 * @example profileFor('FR').dateOrder // 'day-first'
 */
export function profileFor(code: string | null): JurisdictionProfile {
  const key = code?.trim().toUpperCase() ?? '';
  if (key === '') return NO_JURISDICTION;
  const known = BY_CODE.get(key);
  if (known) return known;
  let profile = generic.get(key);
  if (!profile) {
    profile = genericProfile(key);
    generic.set(key, profile);
  }
  return profile;
}
