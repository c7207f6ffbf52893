import type { JurisdictionProfile } from './profile.ts';
import { SATURDAY_SUNDAY } from './profile.ts';
import { US_STATE_ZONES } from './zone-table.ts';

/**
 * A US state whose law has no general rule, as applied here, moving a contractual last day: the state's
 * public holidays (date-holidays), Saturday and Sunday, the state's principal zone, dates month first.
 * Clauses about banks are read against the federal holidays, which American banks keep.
 * @example usState('CA').zone // 'America/Los_Angeles'
 */
export function usState(state: string, overrides: Partial<JurisdictionProfile> = {}): JurisdictionProfile {
  const code = `US-${state}`;
  return {
    code,
    name: code,
    aliases: [],
    holidays: { country: 'US', state },
    bankHolidays: {
      source: { country: 'US' },
      note: `Bank business days in ${code} follow the US federal holidays, not the state's.`,
    },
    weekend: SATURDAY_SUNDAY,
    zone: US_STATE_ZONES[state] ?? null,
    dateOrder: 'month-first',
    lastDay: { rolls: [], authority: null, noticeDeadlineNote: null },
    authorities: {},
    ...overrides,
  };
}

/** Puerto Rico's holidays are listed under its own country code in date-holidays, not as a US state. */
const OWN_CALENDAR: Record<string, Partial<JurisdictionProfile>> = { PR: { holidays: { country: 'PR' } } };

/** Every state (and DC and Puerto Rico) the zone table knows, keyed by code. */
export const US_STATES: Record<string, JurisdictionProfile> = Object.fromEntries(
  Object.keys(US_STATE_ZONES).map((state) => [`US-${state}`, usState(state, OWN_CALENDAR[state])]),
);
