import type { JurisdictionProfile } from './profile.ts';
import { SATURDAY_SUNDAY } from './profile.ts';

const LEGISLATION_ACT = 'Legislation Act, 2006, S.O. 2006, c. 21, Sch. F';

/**
 * Ontario's Legislation Act, 2006, s. 89(1) extends a time limit under an Act or regulation that expires on
 * a holiday to the next day that is not a holiday. It governs statutory time limits, not periods a contract
 * fixes, so a contractual last day stays put unless the agreement moves it. Slashed dates are read month
 * first, as in the United States (Canadian usage is mixed; where both readings change the answer the verdict
 * asks for review).
 */
export const ONTARIO: JurisdictionProfile = {
  code: 'CA-ON',
  name: 'Ontario',
  aliases: [],
  holidays: { country: 'CA', state: 'ON' },
  weekend: SATURDAY_SUNDAY,
  zone: 'America/Toronto',
  dateOrder: 'month-first',
  lastDay: { rolls: [], authority: null, noticeDeadlineNote: null },
  authorities: {
    'last-day-no-roll': `${LEGISLATION_ACT}, s. 89(1) extends a time limit under an Act or regulation that expires on a holiday, not a period fixed by a contract; the agreement's own words decide`,
  },
};
