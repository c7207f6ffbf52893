import type { RuleId } from '../rules.ts';

/**
 * The kinds of period whose last day a law may move off a weekend or holiday. Only `act` so far: a last day
 * for doing an act counted forward (curing a breach, paying, performing). The day a notice takes effect is
 * never moved by law (it ends the recipient's protection; no one must act on it), and a notice deadline
 * counted back from a fixed end is never moved later by law here: a later deadline could make a party miss
 * the one a court applies, so the profile's `noticeDeadlineNote` explains instead.
 */
export type PeriodKind = 'act';

/** The `date-holidays` calendar of a jurisdiction: country, and state or province where it has its own. */
export interface HolidaySource {
  country: string;
  state?: string;
}

/**
 * How one jurisdiction counts time, in one place: which days are business days, where a last day moves,
 * the zone and the order in which dates are written, and the authorities for each. A new jurisdiction is one
 * file exporting a profile and one line in `index.ts`.
 */
export interface JurisdictionProfile {
  /** ISO 3166 code: 'US-NY', 'GB-ENG', 'CA-ON', 'DE'. */
  code: string;
  /** The jurisdiction as people name it ('England and Wales'). */
  name: string;
  /** Other codes that mean this jurisdiction ('GB' and 'UK' for England and Wales). */
  aliases: readonly string[];
  /** The public holidays that close a business day. */
  holidays: HolidaySource;
  /** The calendar for clauses that speak of banks, where it differs, and the note saying so. */
  bankHolidays?: { source: HolidaySource; note: string };
  /** Weekend days as luxon weekday numbers (Monday = 1). */
  weekend: readonly number[];
  /** The principal IANA zone, or null where the jurisdiction spans several and none is principal. */
  zone: string | null;
  /** How slashed dates ("04/03/2024") are written under this law. */
  dateOrder: 'month-first' | 'day-first';
  lastDay: {
    /** The kinds of period whose last day the law moves to the next business day. */
    rolls: readonly PeriodKind[];
    /** The law that moves it ('N.Y. Gen. Constr. Law § 25'), or null where none does. */
    authority: string | null;
    /**
     * For a notice deadline counted back that falls on a weekend or holiday, the sentence explaining why it
     * is kept (given the day, the next business day and the reason the day is not a business day), or null
     * where the law says nothing worth showing.
     */
    noticeDeadlineNote: ((kept: string, next: string) => string) | null;
  };
  /** The authority for a counting rule as this law applies it, where it differs from the general statement. */
  authorities: Partial<Record<RuleId, string>>;
}

/** Saturday and Sunday, the weekend almost everywhere. */
export const SATURDAY_SUNDAY: readonly number[] = [6, 7];
