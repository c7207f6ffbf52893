import { profileFor } from './jurisdictions/index.ts';

/**
 * The principal IANA zone of a jurisdiction code ('US-NY', 'GB', 'DE', 'CA-ON'), as its profile gives it, or
 * null when the code is unknown or names a country that spans several zones without a subdivision (a state
 * or country that spans zones gets the zone of its seat of government and commercial centre).
 * @example zoneForJurisdiction('US-NY') // 'America/New_York'
 * @example zoneForJurisdiction('GB') // 'Europe/London'
 * @example zoneForJurisdiction('US') // null
 */
export function zoneForJurisdiction(code: string): string | null {
  return profileFor(code).zone;
}
