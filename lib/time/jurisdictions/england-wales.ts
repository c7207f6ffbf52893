import type { JurisdictionProfile } from './profile.ts';
import { SATURDAY_SUNDAY } from './profile.ts';

/**
 * England and Wales share one set of bank holidays; English law has no general rule moving a contractual
 * last day that falls on a weekend or bank holiday, so only the agreement's own words move it. Slashed
 * dates are written day first (04/03/2024 is 4 March). 'GB' and 'UK' name England and Wales here, English
 * law being the usual choice; Scotland and Northern Ireland have holidays of their own (GB-SCT, GB-NIR).
 */
export const ENGLAND_AND_WALES: JurisdictionProfile = {
  code: 'GB-ENG',
  name: 'England and Wales',
  aliases: ['GB', 'UK', 'GB-WLS', 'GB-EAW'],
  holidays: { country: 'GB', state: 'ENG' },
  weekend: SATURDAY_SUNDAY,
  zone: 'Europe/London',
  dateOrder: 'day-first',
  lastDay: { rolls: [], authority: null, noticeDeadlineNote: null },
  authorities: {
    'calendar-days':
      'English common law: where a period runs from an event, the day of the event is excluded (Lester v Garland (1808) 15 Ves 248)',
    'calendar-months': 'corresponding-date rule: Dodds v Walker [1981] 1 WLR 1027 (HL)',
    'calendar-years': 'corresponding-date rule, a year being twelve calendar months: Dodds v Walker [1981] 1 WLR 1027 (HL)',
    'month-end-clamp': 'Dodds v Walker [1981] 1 WLR 1027 (HL)',
    'business-days':
      'the agreement\'s "business day" wording; the bank holidays of England and Wales (Banking and Financial Dealings Act 1971, Sch. 1, and royal proclamation) as published (date-holidays data)',
    'last-day-no-roll':
      "English law has no general rule moving a contractual last day that falls on a weekend or bank holiday; the agreement's own words decide",
  },
};
