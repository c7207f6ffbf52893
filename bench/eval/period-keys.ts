/**
 * How a gold period and an extracted period are compared: both are reduced to a key string and the
 * keys are compared exactly.
 *
 * - Units are compared within their family, only where the conversion is exact:
 *   days and business days -> "N day" (the day type is not scored: most gold items say
 *   "unspecified"); weeks -> N×7 days ("6 weeks" equals "42 days", because a week is always seven
 *   days); years -> N×12 months ("1 year" equals "12 months"); hours stay hours.
 *   Months are never converted to days: "6 months" does NOT equal "180 days", since a month is not
 *   30 days and the product keeps the unit as written.
 * - Gold `value: "REDACTED"` has the key REDACTED; it matches an extracted period whose amount is
 *   null and which (or whose provision) carries the `redacted` flag.
 * - Gold `value: null` (a notice is required but no period is stated, or "at any time") has the key
 *   NO-PERIOD; it matches a provision of the field's type with no notice, or with a null amount and
 *   no `redacted` flag.
 * - Gold `value: 0` ("immediately upon written notice") has the key "0 day" and matches an extracted
 *   amount of 0 in any day-family unit.
 */
import type { Flag, Period } from '../../lib/domain/types.ts';
import type { GoldPeriod } from './gold.ts';

export const REDACTED = 'REDACTED';
export const NO_PERIOD = 'NO-PERIOD';

function keyOf(amount: number, unit: string): string {
  switch (unit) {
    case 'day':
    case 'days':
    case 'business-day':
    case 'business days':
      return `${amount} day`;
    case 'week':
    case 'weeks':
      return `${amount * 7} day`;
    case 'month':
    case 'months':
      return `${amount} month`;
    case 'year':
    case 'years':
      return `${amount * 12} month`;
    case 'hour':
    case 'hours':
      return `${amount} hour`;
    default:
      return `${amount} ${unit}`;
  }
}

/** The comparison key of a gold item. */
export function goldPeriodKey(item: GoldPeriod): string {
  if (item.value === 'REDACTED' || item.unit === 'REDACTED') return REDACTED;
  if (item.value === null || item.unit === null) return NO_PERIOD;
  return keyOf(item.value, item.unit);
}

/** The comparison key of an extracted period; `provisionFlags` are the flags of the provision holding it. */
export function extractedPeriodKey(period: Period | null, provisionFlags: readonly Flag[] = []): string {
  if (period === null) return provisionFlags.includes('redacted') ? REDACTED : NO_PERIOD;
  if (period.amount === null) {
    const redacted = provisionFlags.includes('redacted') || (period.flags ?? []).includes('redacted');
    return redacted ? REDACTED : NO_PERIOD;
  }
  return keyOf(period.amount, period.unit);
}
