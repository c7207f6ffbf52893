import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { NoticeCheckError } from '../errors.ts';
import { assertValid, calendarDateOf, startOfDayIn } from './calendar-date.ts';
import { profileFor } from './jurisdictions/index.ts';

/**
 * Which days count as business days in a jurisdiction: not a weekend day (Saturday and Sunday, or
 * Friday and Saturday where that is the country's weekend) and not a holiday of the jurisdiction. Days are judged by the wall-clock date of the DateTime passed in (so
 * pass dates in the governing zone); the machine's zone never matters.
 */
export interface BusinessCalendar {
  /** The jurisdiction code the calendar was built for ('US-NY', 'GB'), or null for weekends only. */
  readonly jurisdiction: string | null;
  /** True when bank holidays are skipped as well as public holidays. */
  readonly banks: boolean;
  /** Caveats worth showing a user (an unknown state, a weekends-only calendar). */
  readonly notes: readonly string[];
  /** Weekend days as luxon weekday numbers (Monday = 1): [6, 7] unless the country's week differs. */
  readonly weekend: readonly number[];
  isBusinessDay(date: DateTime): boolean;
  /** The name of the holiday on `date` ("Christmas Day"), or null. Weekends are not holidays. */
  holidayOn(date: DateTime): string | null;
  /** The first business day strictly after `date`, at 00:00 in `date`'s zone. */
  nextBusinessDay(date: DateTime): DateTime;
  /** The last business day strictly before `date`, at 00:00 in `date`'s zone. */
  previousBusinessDay(date: DateTime): DateTime;
}

export interface BusinessCalendarOptions {
  /** Also skip bank holidays (for clauses that speak of days on which banks are open). */
  banks?: boolean;
}

const cache = new Map<string, BusinessCalendar>();

/**
 * The business-day calendar of a jurisdiction, built on `date-holidays`: weekends are Saturday and
 * Sunday (Friday and Saturday in Israel and several Gulf states); holidays are the days date-holidays lists as type 'public' (plus 'bank' with
 * `{ banks: true }`), including the substitute ("observed") days it lists. A holiday that begins
 * part-way through a day (Christmas Eve from 14:00) does not make that day a non-business day.
 * `null` gives a weekends-only calendar. Calendars are memoised per jurisdiction and option.
 * Throws INVALID_INPUT for a country date-holidays does not know.
 * @example businessCalendar('US-NY').isBusinessDay(DateTime.fromISO('2024-12-25', { zone: 'America/New_York' })) // false
 * @example businessCalendar('GB').holidayOn(DateTime.fromISO('2021-12-28', { zone: 'Europe/London' })) // 'Boxing Day (substitute day)'
 */
export function businessCalendar(jurisdiction: string | null, options: BusinessCalendarOptions = {}): BusinessCalendar {
  const banks = options.banks === true;
  const key = `${jurisdiction?.trim().toUpperCase() ?? ''}|${banks}`;
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = createBusinessCalendar(jurisdiction, { banks });
    cache.set(key, calendar);
  }
  return calendar;
}

/**
 * The same calendar as `businessCalendar`, built afresh rather than taken from the memo (for tests
 * and for long-lived processes that want to drop holiday data).
 * @example createBusinessCalendar('GB').isBusinessDay(DateTime.fromISO('2024-12-26', { zone: 'Europe/London' })) // false
 */
export function createBusinessCalendar(jurisdiction: string | null, options: BusinessCalendarOptions = {}): BusinessCalendar {
  return buildCalendar(jurisdiction, options.banks === true);
}

/**
 * True when `businessCalendar(code)` would find the country of `code`.
 * @example supportsJurisdiction('US-NY') // true
 */
export function supportsJurisdiction(code: string): boolean {
  return Object.hasOwn(new Holidays().getCountries('en'), profileFor(code).holidays.country);
}

function buildCalendar(jurisdiction: string | null, banks: boolean): BusinessCalendar {
  const profile = profileFor(jurisdiction);
  if (jurisdiction === null || jurisdiction.trim() === '') {
    return makeCalendar(
      null,
      banks,
      profile.weekend,
      ['No governing jurisdiction: only Saturdays and Sundays are treated as non-business days.'],
      () => new Map(),
    );
  }
  const notes: string[] = [];
  // A clause about banks reads the jurisdiction's bank calendar where it has its own (American banks keep
  // the federal holidays, not state ones such as New York's Lincoln's Birthday or Election Day).
  const source = banks && profile.bankHolidays ? profile.bankHolidays.source : profile.holidays;
  if (banks && profile.bankHolidays) notes.push(profile.bankHolidays.note);
  const { country } = source;
  const reader = new Holidays();
  if (!Object.hasOwn(reader.getCountries('en'), country)) {
    throw new NoticeCheckError(
      'INVALID_INPUT',
      `No holiday calendar is known for jurisdiction "${jurisdiction}"; use a code such as US-NY, GB or DE.`,
      {
        details: { jurisdiction },
      },
    );
  }
  let subdivision = source.state;
  if (subdivision !== undefined && !Object.hasOwn(reader.getStates(country, 'en') ?? {}, subdivision)) {
    notes.push(`No holiday calendar for "${subdivision}" in ${country}; the national calendar is used.`);
    subdivision = undefined;
  }
  const holidays =
    subdivision === undefined ? new Holidays(country, { languages: ['en'] }) : new Holidays(country, subdivision, { languages: ['en'] });
  const types = new Set<string>(banks ? ['public', 'bank'] : ['public']);
  return makeCalendar(jurisdiction.trim().toUpperCase(), banks, profile.weekend, notes, (year) => holidaysOfYear(holidays, year, types));
}

/** ISO date → holiday names, for whole-day holidays of the wanted types that touch `year`. */
function holidaysOfYear(holidays: Holidays, year: number, types: Set<string>): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const holiday of holidays.getHolidays(year, 'en')) {
    if (!types.has(holiday.type)) continue;
    // `date` is the local wall-clock start ("2024-12-25 00:00:00"); use it rather than the Date
    // objects so that the machine's zone plays no part.
    if (holiday.date.slice(11, 19) !== '00:00:00') continue;
    const first = DateTime.fromISO(holiday.date.slice(0, 10), { zone: 'UTC' });
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let i = 0; i < days; i += 1) {
      const iso = first.plus({ days: i }).toISODate() as string;
      byDate.set(iso, [...(byDate.get(iso) ?? []), holiday.name]);
    }
  }
  return byDate;
}

function makeCalendar(
  jurisdiction: string | null,
  banks: boolean,
  weekend: readonly number[],
  notes: string[],
  loadYear: (year: number) => Map<string, string[]>,
): BusinessCalendar {
  const years = new Map<number, Map<string, string[]>>();
  const holidayOn = (date: DateTime): string | null => {
    const day = calendarDateOf(date);
    // A holiday of 1 January may be observed on 31 December of the year before, and a holiday of
    // several days may run into the next year, so the neighbouring years' lists are read too.
    for (const year of [day.year, day.year + 1, day.year - 1]) {
      let list = years.get(year);
      if (!list) {
        list = loadYear(year);
        years.set(year, list);
      }
      const names = list.get(day.toISODate() as string);
      if (names) return [...new Set(names)].join(' / ');
    }
    return null;
  };
  const isBusinessDay = (date: DateTime): boolean => {
    assertValid(date);
    return !weekend.includes(date.weekday) && holidayOn(date) === null;
  };
  const step = (date: DateTime, direction: 1 | -1): DateTime => {
    assertValid(date);
    let day = calendarDateOf(date);
    // Guard against a calendar in which no day is a business day (corrupt data): a year is plenty.
    for (let i = 0; i < 366; i += 1) {
      day = day.plus({ days: direction });
      if (!weekend.includes(day.weekday) && holidayOn(day) === null) return startOfDayIn(day, date.zoneName ?? 'UTC');
    }
    throw new NoticeCheckError(
      'CONFIG',
      `The holiday calendar for ${jurisdiction ?? 'no jurisdiction'} has no business day within a year.`,
    );
  };
  return {
    jurisdiction,
    banks,
    notes,
    weekend,
    isBusinessDay,
    holidayOn,
    nextBusinessDay: (date) => step(date, 1),
    previousBusinessDay: (date) => step(date, -1),
  };
}
