import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './business-calendar.ts';
import { assertValid } from './calendar-date.ts';
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
 * Governing laws known to move a contractual deadline that ends on a Saturday, Sunday or public
 * holiday. New York does, for "the performance of a condition within or before or after a period of
 * time computed from a certain day", unless the contract indicates a different intent (N.Y. Gen.
 * Constr. Law § 25; § 25-a does the same for statutory periods). The rule concerns the last day for
 * doing an act — giving notice, curing, paying — not the day on which a notice takes effect. Elsewhere
 * nothing is assumed: the common law does not move the day (England: no general rule for contracts).
 * @example governingLawMovesLastDay('US-NY') // { moves: true, authority: 'N.Y. Gen. Constr. Law § 25' }
 * @example governingLawMovesLastDay('GB') // { moves: false, authority: null }
 */
export function governingLawMovesLastDay(jurisdiction: string | null): LawOnLastDay {
  if (jurisdiction?.trim().toUpperCase() === 'US-NY') return { moves: true, authority: 'N.Y. Gen. Constr. Law § 25' };
  return { moves: false, authority: null };
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
 * weekend or holiday: the sentence saying the governing law might extend it, and why it is not moved.
 * Whether § 25 extends a deadline counted back from a fixed end is unsettled, and reading it later than
 * the agreement's words would put a party at risk of missing the deadline; so the day stays and this
 * note is shown. Null when the day is a business day, the law moves nothing, or the agreement moves it.
 * @example lawWouldMoveNoticeDeadline(DateTime.fromISO('2024-11-02', { zone: 'America/New_York' }), businessCalendar('US-NY'), false, 'US-NY')
 * // '2024-11-02 is a Saturday. N.Y. Gen. Constr. Law § 25 may extend ...'
 */
export function lawWouldMoveNoticeDeadline(
  date: DateTime,
  calendar: BusinessCalendar,
  agreementRolls: boolean,
  jurisdiction: string | null,
): string | null {
  const law = governingLawMovesLastDay(jurisdiction);
  if (agreementRolls || !law.moves) return null;
  const moved = adjustLastDay(date, calendar, true);
  if (!moved.moved) return null;
  return `${moved.reason}. ${law.authority} may extend a last day for doing an act that falls on a weekend or public holiday to the next business day (${moved.date.toISODate()}), but whether it extends a notice deadline counted back from the end of a term is doubtful, so the deadline is kept at ${date.toISODate()}: give notice by then.`;
}
