import type { HolidaySource, JurisdictionProfile } from './profile.ts';
import { SATURDAY_SUNDAY } from './profile.ts';
import { principalZone } from './zone-table.ts';

/**
 * Weekend days (luxon weekday numbers, Monday = 1) where the working week is not Monday to Friday.
 * The United Arab Emirates moved to a Saturday–Sunday weekend in 2022 and takes the default.
 */
const FRIDAY_SATURDAY = [5, 6];
const WEEKENDS: Record<string, readonly number[]> = {
  IL: FRIDAY_SATURDAY,
  SA: FRIDAY_SATURDAY,
  EG: FRIDAY_SATURDAY,
  QA: FRIDAY_SATURDAY,
  KW: FRIDAY_SATURDAY,
  BH: FRIDAY_SATURDAY,
  OM: FRIDAY_SATURDAY,
  JO: FRIDAY_SATURDAY,
};

/** Countries that write slashed dates month first: the United States, the Philippines; Canada writes both, and US usage is assumed. */
const MONTH_FIRST = new Set(['US', 'PH', 'CA']);
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB' };

/**
 * The country and subdivision of a code ('US-NY' → US, NY; 'uk' → GB).
 * @example splitCode('us-ny') // { country: 'US', state: 'NY' }
 */
export function splitCode(code: string): HolidaySource {
  const [rawCountry = '', state] = code.trim().toUpperCase().split(/[-_ ]/, 2);
  const country = COUNTRY_ALIASES[rawCountry] ?? rawCountry;
  return state === undefined ? { country } : { country, state };
}

/** For a governing law not known at all: weekends only, no zone, US date order, nothing moves. */
export const NO_JURISDICTION: JurisdictionProfile = {
  code: '',
  name: 'no governing law',
  aliases: [],
  holidays: { country: '' },
  weekend: SATURDAY_SUNDAY,
  zone: null,
  dateOrder: 'month-first',
  lastDay: { rolls: [], authority: null, noticeDeadlineNote: null },
  authorities: {},
};

/**
 * The profile of a jurisdiction that has none of its own: the holidays date-holidays lists for its code, the
 * country's weekend, its principal zone, the date order of its country, and no rule moving a last day (the
 * common-law default: nothing is assumed that the law has not been checked to provide).
 * @example genericProfile('FR').dateOrder // 'day-first'
 * @example genericProfile('US-CA').zone // 'America/Los_Angeles'
 */
export function genericProfile(code: string): JurisdictionProfile {
  const source = splitCode(code);
  const upper = code.trim().toUpperCase();
  return {
    code: upper,
    name: upper,
    aliases: [],
    holidays: source,
    weekend: WEEKENDS[source.country] ?? SATURDAY_SUNDAY,
    zone: principalZone(upper),
    dateOrder: MONTH_FIRST.has(source.country) ? 'month-first' : 'day-first',
    lastDay: { rolls: [], authority: null, noticeDeadlineNote: null },
    authorities: {},
  };
}
