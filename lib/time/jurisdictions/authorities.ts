import type { RuleId } from '../rules.ts';
import type { JurisdictionProfile } from './profile.ts';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The authorities a verdict cites for its rules under a governing law: the profile's own, and for the rule
 * `jurisdiction-profile` a summary of the profile applied (holidays, weekend, zone, date order, last day).
 * @example profileAuthorities(profileFor('DE'))['month-end-clamp'] // 'BGB § 188(3)'
 * @example profileAuthorities(profileFor('GB'))['jurisdiction-profile']
 * // 'England and Wales (GB-ENG): public holidays of GB-ENG; Saturday and Sunday are not business days; zone Europe/London; slashed dates day first; no rule of law moves a last day on a weekend or holiday'
 */
export function profileAuthorities(profile: JurisdictionProfile): Partial<Record<RuleId, string>> {
  const { holidays, lastDay } = profile;
  const calendar = holidays.state ? `${holidays.country}-${holidays.state}` : holidays.country;
  const weekend = profile.weekend.map((d) => WEEKDAYS[d]).join(' and ');
  const roll =
    lastDay.rolls.length > 0
      ? `a last day for doing an act that falls on a weekend or holiday moves to the next business day (${lastDay.authority})`
      : 'no rule of law moves a last day on a weekend or holiday';
  const summary = [
    `${profile.name} (${profile.code})`,
    `: public holidays of ${calendar}; ${weekend} are not business days; `,
    `zone ${profile.zone ?? 'not fixed by the law (it spans several)'}; slashed dates ${profile.dateOrder.replace('-', ' ')}; ${roll}`,
  ].join('');
  return { ...profile.authorities, 'jurisdiction-profile': summary };
}
