/**
 * The named rules of counting time. Every date the product computes is returned with the ids of the
 * rules that decided it, and each verdict lists them through `describeRule`. Citations are to the
 * source of the rule or a representative statement of it; they are not a claim that the cited law
 * governs a given agreement — the governing law and the agreement's own words always come first.
 */
export type RuleId =
  | 'calendar-days'
  | 'business-days'
  | 'bank-business-days'
  | 'calendar-months'
  | 'calendar-years'
  | 'month-end-clamp'
  | 'hours-from-receipt'
  | 'weeks'
  | 'clear-days'
  | 'count-backward'
  | 'notice-window'
  | 'lock-in'
  | 'period-end-alignment'
  | 'deemed-receipt-email-when-sent'
  | 'deemed-receipt-email-cutoff'
  | 'deemed-receipt-when-sent'
  | 'deemed-receipt-next-business-day'
  | 'deemed-receipt-courier'
  | 'deemed-receipt-certified-mail'
  | 'deemed-receipt-after-days'
  | 'deemed-receipt-on-delivery'
  | 'deemed-receipt-default'
  | 'last-day-no-roll'
  | 'last-day-next-business-day'
  | 'zone-from-letter'
  | 'zone-from-agreement'
  | 'zone-from-jurisdiction'
  | 'zone-default'
  | 'start-of-day-when-no-time'
  | 'close-of-business-5pm'
  | 'slashed-date-month-first'
  | 'slashed-date-day-first'
  | 'jurisdiction-profile';

export interface RuleInfo {
  title: string;
  /** One sentence stating the rule as applied. */
  text: string;
  /** Where the rule comes from: a statute, rule of procedure, case, or the agreement itself. */
  authority: string;
}

export const RULES: Record<RuleId, RuleInfo> = {
  'calendar-days': {
    title: 'Calendar days',
    text: 'the day of the triggering event (such as receipt of notice) is excluded and the last day of the period is included',
    authority: 'common-law computation rule; cf. Fed. R. Civ. P. 6(a)(1), N.Y. Gen. Constr. Law § 20',
  },
  'business-days': {
    title: 'Business days',
    text: 'only days that are neither a weekend day (Saturday and Sunday, or the local weekend) nor a public holiday of the governing jurisdiction are counted, starting with the first business day after the triggering day',
    authority: 'the agreement\'s "business day" wording; public holidays as published for the jurisdiction (date-holidays data)',
  },
  'bank-business-days': {
    title: 'Bank business days',
    text: 'as for business days, but days on which banks in the governing jurisdiction are closed (public and bank holidays) are also skipped',
    authority: "the agreement's reference to banks; public and bank holidays as published for the jurisdiction (date-holidays data)",
  },
  'calendar-months': {
    title: 'Calendar months',
    text: 'a period of months ends on the day of the last month counted that has the same number as the day from which the period is counted, never on a fixed number of days',
    authority: 'corresponding-date rule: N.Y. Gen. Constr. Law § 30; Dodds v Walker [1981] 1 WLR 1027 (HL)',
  },
  'calendar-years': {
    title: 'Calendar years',
    text: 'a period of years ends on the same month and day in the last year counted (28 February where the period starts on 29 February and the last year is not a leap year)',
    authority:
      'corresponding-date rule, a year being twelve calendar months: N.Y. Gen. Constr. Law § 30; Dodds v Walker [1981] 1 WLR 1027 (HL)',
  },
  'month-end-clamp': {
    title: 'End-of-month clamp',
    text: 'where the last month counted has no day with the same number, the period ends on the last day of that month (31 January + 1 month = 29 February 2024)',
    authority: 'N.Y. Gen. Constr. Law § 30; Dodds v Walker [1981] 1 WLR 1027 (HL)',
  },
  'hours-from-receipt': {
    title: 'Hours from the instant',
    text: 'a period of hours runs from the exact instant of the trigger and counts elapsed hours, so a change of clocks for daylight saving neither adds nor removes an hour of notice',
    authority: 'a period stated in hours measures elapsed time; cf. Fed. R. Civ. P. 6(a)(2) (periods stated in hours begin immediately)',
  },
  weeks: {
    title: 'Weeks',
    text: 'a week is seven calendar days, counted like calendar days (the triggering day excluded, the last day included)',
    authority: 'common-law computation rule; cf. Fed. R. Civ. P. 6(a)(1)',
  },
  'clear-days': {
    title: 'Clear days',
    text: 'a period of "clear days" excludes both the day of the triggering event and the day on which the action takes effect, so it ends one day later than the same number of ordinary days',
    authority:
      'Re Hector Whaling Ltd [1936] Ch 208; R v Turner [1910] 1 KB 346; cf. Interpretation Act (Canada), R.S.C. 1985, c. I-21, s. 27(1)',
  },
  'count-backward': {
    title: 'Counting backward from an end',
    text: 'for notice due "no less than N days before" an end, the day the term ends counts as the last day of the notice period and the day of receipt is excluded, so the notice must be received no later than the latest day from which N forward would still end on or before the end (31 December − 30 days = 1 December)',
    authority: 'common-law computation rule applied in reverse; cf. Fed. R. Civ. P. 6(a)(5), N.Y. Gen. Constr. Law §§ 20, 30',
  },
  'period-end-alignment': {
    title: 'Notice ending on a calendar boundary',
    text: 'where the agreement requires the notice to expire on the last day of a calendar month (quarter, year), the earliest effective date is the first such day on or after the end of the notice period, and a termination on any other day does not comply',
    authority: "the agreement's termination clause",
  },
  'lock-in': {
    title: 'Minimum term before termination',
    text: 'where the agreement says a termination may not take effect before a day ("no such termination shall be effective prior to the first anniversary of the Effective Date"), the earliest effective date is the later of that day and the end of the notice period',
    authority: "the agreement's termination clause",
  },
  'notice-window': {
    title: 'Notice window',
    text: 'where the agreement requires notice "not less than N nor more than M days" before an end, a notice received before the day M days before the end (counted backward like the deadline) is premature and does not count; the window\'s first day does not move off a weekend or holiday',
    authority: "the agreement's notice clause, enforced as written (options and renewal windows are generally held to strict compliance)",
  },
  'deemed-receipt-email-when-sent': {
    title: 'Email effective when sent',
    text: 'a notice by email is deemed received at the moment it is sent, as the agreement provides',
    authority: "the agreement's notice-delivery clause",
  },
  'deemed-receipt-email-cutoff': {
    title: 'Email after the cut-off',
    text: 'a notice by email sent after the stated cut-off time, or on a day that is not a business day, is deemed received at the start of the next business day',
    authority: "the agreement's notice-delivery clause",
  },
  'deemed-receipt-when-sent': {
    title: 'Effective when sent',
    text: 'the notice is deemed received at the moment it is sent or handed over, as the agreement provides',
    authority: "the agreement's notice-delivery clause",
  },
  'deemed-receipt-next-business-day': {
    title: 'Next business day',
    text: 'the notice is deemed received at the start of the business day after the day it is sent, as the agreement provides',
    authority: "the agreement's notice-delivery clause",
  },
  'deemed-receipt-courier': {
    title: 'Courier',
    text: 'a notice sent by overnight courier is deemed received at the start of the business day after the day it is sent',
    authority: "the agreement's notice-delivery clause, or this product's default where the clause is silent",
  },
  'deemed-receipt-certified-mail': {
    title: 'Certified or registered mail',
    text: 'a notice sent by certified, registered or ordinary mail is deemed received at the start of the stated number of business days after the day it is posted',
    authority:
      "the agreement's notice-delivery clause, or where it is silent this product's default of three business days (by analogy with Fed. R. Civ. P. 6(d), which adds three days after service by mail)",
  },
  'deemed-receipt-after-days': {
    title: 'Calendar days after sending',
    text: 'the notice is deemed received at the start of the stated number of calendar days after the day it is sent',
    authority: "the agreement's notice-delivery clause",
  },
  'deemed-receipt-on-delivery': {
    title: 'On delivery',
    text: 'the notice takes effect on actual delivery; where the delivery date is not known it is estimated (email and hand delivery on sending, courier the next business day, mail three business days) and should be confirmed',
    authority: "the agreement's notice-delivery clause; the estimate is this product's default",
  },
  'deemed-receipt-default': {
    title: 'Default receipt',
    text: 'where the agreement states no rule for the method used, a notice is taken as received when it would ordinarily arrive: email, fax and hand delivery on sending, courier the next business day, mail three business days after posting',
    authority:
      "general rule that a contractual notice is effective on receipt; the estimates are this product's documented defaults (for mail, by analogy with Fed. R. Civ. P. 6(d))",
  },
  'last-day-no-roll': {
    title: 'Last day stays put',
    text: 'a last day that falls on a weekend or holiday does not move, because neither the agreement nor the governing law as applied here provides that it does',
    authority:
      'default for private contracts; rules that move deadlines (e.g. N.Y. Gen. Constr. Law § 25 for contracts, Fed. R. Civ. P. 6(a)(1)(C) in federal court) apply only where they govern',
  },
  'last-day-next-business-day': {
    title: 'Last day rolls forward',
    text: 'a last day for doing an act (giving notice, curing, paying) that falls on a weekend or holiday moves to the next business day',
    authority:
      'the agreement, or governing law such as N.Y. Gen. Constr. Law § 25 (contractual periods, unless the contract indicates otherwise); cf. Fed. R. Civ. P. 6(a)(1)(C)',
  },
  'zone-from-letter': {
    title: 'Time zone from the letter',
    text: 'dates and times are read in the time zone the letter states (a label such as "PST" means the local time of that region, whatever the season)',
    authority: 'the letter',
  },
  'zone-from-agreement': {
    title: 'Time zone from the agreement',
    text: 'dates and times are read in the time zone the agreement names for notices',
    authority: 'the agreement',
  },
  'zone-from-jurisdiction': {
    title: 'Time zone of the governing law',
    text: 'dates and times are read in the principal time zone of the jurisdiction whose law governs the agreement',
    authority: "the agreement's governing-law clause",
  },
  'zone-default': {
    title: 'Default time zone',
    text: 'dates and times are read in the configured default time zone because neither the letter, the agreement nor the governing law gives one',
    authority: "this product's configuration",
  },
  'start-of-day-when-no-time': {
    title: 'Date without a time',
    text: 'a date written without a time is taken to begin at 00:00 in the governing time zone',
    authority: "this product's documented convention",
  },
  'close-of-business-5pm': {
    title: 'Close of business',
    text: '"close of business" (or "COB") on a date, with no clock time written, is taken as 5:00 p.m. in the governing time zone, the usual end of the business day, not the start of that day',
    authority:
      "this product's documented convention; the phrase has no fixed statutory meaning, so where the exact hour decides the answer it should be confirmed",
  },
  'slashed-date-month-first': {
    title: 'Slashed date, month first',
    text: 'a date written with slashes ("04/03/2024") is read month first (3 April 2024), as in the United States, because the governing law is American (or unknown) or the letter\'s other dates show that order; where both readings exist and give different answers, the verdict asks for review',
    authority: "this product's documented convention, following the usage of the governing jurisdiction",
  },
  'slashed-date-day-first': {
    title: 'Slashed date, day first',
    text: 'a date written with slashes ("04/03/2024") is read day first (4 March 2024), as outside the United States, because the governing law is not American or the letter\'s other dates show that order; where both readings exist and give different answers, the verdict asks for review',
    authority: "this product's documented convention, following the usage of the governing jurisdiction",
  },
  'jurisdiction-profile': {
    title: 'Counting under the governing law',
    text: "days are counted under the governing law's profile: its holidays and working week decide which days are business days, its zone which calendar day a moment falls on, its usage the order of slashed dates, and its rules whether a last day on a weekend or holiday moves",
    authority: "the agreement's governing-law clause",
  },
};

/**
 * True when `id` is a known rule id (useful when rule ids travel through JSON).
 * @example isRuleId('month-end-clamp') // true
 */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/**
 * The sentence shown in a verdict's `rules` list: the id, the rule, and its authority — the governing law's
 * own where its profile gives one (`authorities`, e.g. BGB § 187(1) for calendar days under German law).
 * @example describeRule('calendar-days')
 * // 'calendar-days: the day of the triggering event (such as receipt of notice) is excluded and the last day of the period is included (common-law computation rule; cf. Fed. R. Civ. P. 6(a)(1), N.Y. Gen. Constr. Law § 20)'
 * @example describeRule('month-end-clamp', { 'month-end-clamp': 'BGB § 188(3)' }) // '... (BGB § 188(3))'
 */
export function describeRule(id: RuleId, authorities: Partial<Record<RuleId, string>> = {}): string {
  const rule = RULES[id];
  return `${id}: ${rule.text} (${authorities[id] ?? rule.authority})`;
}

/**
 * Rule ids in first-seen order without repeats, for merging the rules of several computations.
 * @example uniqueRules(['calendar-days', 'zone-default'], ['calendar-days']) // ['calendar-days', 'zone-default']
 */
export function uniqueRules(...lists: ReadonlyArray<readonly RuleId[]>): RuleId[] {
  return [...new Set(lists.flat())];
}
