/** The counting rules of the product: pure functions over luxon DateTime (no clock, no environment). */
export { addPeriod, assertCountable, type CountedPeriod, type PeriodResult } from './add-period.ts';
export {
  businessCalendar,
  createBusinessCalendar,
  supportsJurisdiction,
  type BusinessCalendar,
  type BusinessCalendarOptions,
} from './business-calendar.ts';
export { calendarDateOf, daysBetween, endOfDayIn, startOfDayIn } from './calendar-date.ts';
export { latestNoticeDay } from './count-backward.ts';
export { deemedReceipt, DEFAULT_MAIL_BUSINESS_DAYS, type ReceiptResult } from './deemed-receipt.ts';
export { PROFILES, profileAuthorities, profileFor, type JurisdictionProfile } from './jurisdictions/index.ts';
export { adjustLastDay, governingLawMovesLastDay, type LastDayResult, type LawOnLastDay } from './last-day.ts';
export { placeMoment, toIsoWithOffset } from './moments.ts';
export { describeRule, isRuleId, RULES, uniqueRules, type RuleId, type RuleInfo } from './rules.ts';
export {
  chooseZone,
  isValidZone,
  resolveZoneLabel,
  zoneForJurisdiction,
  zoneLabelContradictsSeason,
  type ZoneChoice,
  type ZoneInputs,
} from './zones.ts';
