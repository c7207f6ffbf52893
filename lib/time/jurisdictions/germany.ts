import type { JurisdictionProfile } from './profile.ts';
import { SATURDAY_SUNDAY } from './profile.ts';

const BGH_NOTICE = 'BGH, III ZR 172/04';

/**
 * German law counts periods under BGB §§ 187–193: the day of the event is not counted (§ 187(1)), a period
 * of weeks, months or years ends on the corresponding day (§ 188(2)), or the month's last day where it has
 * none (§ 188(3)). § 193 moves the last day for making a declaration or rendering a performance off a
 * Saturday, Sunday or public holiday to the next working day — so a cure period's end moves. It does not
 * apply to notice periods for termination, directly or by analogy (BGH, III ZR 172/04): the recipient keeps
 * the full notice period, so the last day for giving notice does not move. Holidays are the nationwide ones;
 * a Land's own holidays are not included.
 */
export const GERMANY: JurisdictionProfile = {
  code: 'DE',
  name: 'Germany',
  aliases: [],
  holidays: { country: 'DE' },
  weekend: SATURDAY_SUNDAY,
  zone: 'Europe/Berlin',
  dateOrder: 'day-first',
  lastDay: {
    rolls: ['act'],
    authority: 'BGB § 193',
    noticeDeadlineNote: (kept, next) =>
      `Under German law the last day for giving notice does not move to the next working day (${next}): BGB § 193 does not apply to notice periods (${BGH_NOTICE}), so notice must be received by ${kept}.`,
  },
  authorities: {
    'calendar-days': 'BGB § 187(1) (the day of the event is not counted) and § 188(1) (the period ends with its last day)',
    weeks: 'BGB § 187(1), § 188(2)',
    'calendar-months': 'BGB § 188(2)',
    'calendar-years': 'BGB § 188(2)',
    'month-end-clamp': 'BGB § 188(3)',
    'count-backward': `BGB §§ 187–188 applied in reverse; BGB § 193 does not shorten a notice period (${BGH_NOTICE})`,
    'business-days':
      'the agreement\'s "business day" wording; Saturdays, Sundays and the nationwide public holidays (date-holidays data); a Land\'s own holidays are not included',
    'last-day-next-business-day':
      'the agreement, or BGB § 193 (a declaration or performance due on a Saturday, Sunday or public holiday may be made on the next working day)',
    'last-day-no-roll': `BGB § 193 does not apply to notice periods for termination (${BGH_NOTICE}), and the day a notice takes effect does not move`,
  },
};
