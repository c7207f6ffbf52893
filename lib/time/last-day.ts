import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './business-calendar.ts';
import { assertValid } from './calendar-date.ts';
import { profileFor } from './jurisdictions/index.ts';
import type { RuleId } from './rules.ts';

export interface LastDayResult {
  date: DateTime;
  rule: RuleId;
  moved: boolean;
  /** Why the day moved ("2024-12-25 is Christmas Day"), or null. */
  reason: string | null;
}

export interface LawOnLastDay {
  /** The governing law moves a contractual last day on a weekend or public holiday to the next business day. */
  moves: boolean;
  authority: string | null;
}

/**
 * Whether the governing law moves the last day for doing an act (curing, paying) that ends on a Saturday,
 * Sunday or public holiday, as its jurisdiction profile says: New York does (N.Y. Gen. Constr. Law § 25,
 * unless the contract indicates a different intent), Germany does (BGB § 193); elsewhere nothing is assumed
 * (England: no general rule for contracts). Never the day on which a notice takes effect.
 * @example governingLawMovesLastDay('US-NY') // { moves: true, authority: 'N.Y. Gen. Constr. Law § 25' }
 * @example governingLawMovesLastDay('GB') // { moves: false, authority: null }
 */
export function governingLawMovesLastDay(jurisdiction: string | null): LawOnLastDay {
  const { lastDay } = profileFor(jurisdiction);
  return lastDay.rolls.includes('act') ? { moves: true, authority: lastDay.authority } : { moves: false, authority: null };
}

/**
 * Applies the weekend-and-holiday rule to the last day of a period. By default (`rollForward`
 * false, rule `last-day-no-roll`) the day stays put: the common law does not move a contractual
 * deadline, and rules that do (N.Y. Gen. Constr. Law § 25, see `governingLawMovesLastDay`;
 * Fed. R. Civ. P. 6(a)(1)(C) in federal court) apply only where they govern — the caller decides from
 * the agreement or the governing law, and only for a last day for doing an act. With
 * `rollForward` true (rule `last-day-next-business-day`) a last day on a weekend or holiday moves to
 * the next business day, at 00:00 in the same zone.
 * @example adjustLastDay(DateTime.fromISO('2024-12-25', { zone: 'America/New_York' }), businessCalendar('US-NY'), true).date.toISODate()
 * // '2024-12-26' (moved: true)
 */
export function adjustLastDay(date: DateTime, calendar: BusinessCalendar, rollForward: boolean): LastDayResult {
  assertValid(date);
  if (!rollForward) return { date, rule: 'last-day-no-roll', moved: false, reason: null };
  if (calendar.isBusinessDay(date)) return { date, rule: 'last-day-next-business-day', moved: false, reason: null };
  const holiday = calendar.holidayOn(date);
  const reason = `${date.toISODate()} is ${holiday ?? `a ${date.setLocale('en-US').toFormat('cccc')}`}`;
  return { date: calendar.nextBusinessDay(date), rule: 'last-day-next-business-day', moved: true, reason };
}

export interface ActLastDayResult extends LastDayResult {
  /** What moved the day: 'the agreement', or the governing law's authority ('N.Y. Gen. Constr. Law § 25'); null when it stays. */
  movedBy: string | null;
}

/**
 * The last day of a period for doing an act — curing a breach, paying — which moves off a weekend or
 * public holiday where the agreement says so or the governing law does (N.Y. Gen. Constr. Law § 25 for
 * a "condition within ... a period of time computed from a certain day"). Not for the day a notice takes
 * effect, and not for a notice deadline counted backward from the end of a term: moving that later could
 * make a party miss the deadline a court would apply (see `lawWouldMoveNoticeDeadline`).
 * @example adjustLastDayForAct(DateTime.fromISO('2024-03-31', { zone: 'America/New_York' }), businessCalendar('US-NY'), false, 'US-NY').date.toISODate()
 * // '2024-04-01' (a Sunday; movedBy 'N.Y. Gen. Constr. Law § 25')
 */
export function adjustLastDayForAct(
  date: DateTime,
  calendar: BusinessCalendar,
  agreementRolls: boolean,
  jurisdiction: string | null,
): ActLastDayResult {
  const law = governingLawMovesLastDay(jurisdiction);
  const result = adjustLastDay(date, calendar, agreementRolls || law.moves);
  const movedBy = !result.moved ? null : agreementRolls ? 'the agreement' : law.authority;
  return { ...result, movedBy };
}

/**
 * For a notice deadline counted backward ("at least 60 days before the end of the term") that falls on a
 * weekend or holiday: the sentence the governing law's profile gives for keeping it. New York's § 25 may
 * extend it, but that is doubtful and reading it later than the agreement's words would put a party at risk
 * of missing the deadline; German law does not move it (BGB § 193 does not apply to notice periods). Null
 * when the day is a business day, the law says nothing, or the agreement moves it.
 * @example lawWouldMoveNoticeDeadline(DateTime.fromISO('2024-11-02', { zone: 'America/New_York' }), businessCalendar('US-NY'), false, 'US-NY')
 * // '2024-11-02 is a Saturday. N.Y. Gen. Constr. Law § 25 may extend ...'
 */
export function lawWouldMoveNoticeDeadline(
  date: DateTime,
  calendar: BusinessCalendar,
  agreementRolls: boolean,
  jurisdiction: string | null,
): string | null {
  const note = profileFor(jurisdiction).lastDay.noticeDeadlineNote;
  if (agreementRolls || !note) return null;
  const moved = adjustLastDay(date, calendar, true);
  if (!moved.moved) return null;
  return `${moved.reason}. ${note(date.toISODate() as string, moved.date.toISODate() as string)}`;
}
