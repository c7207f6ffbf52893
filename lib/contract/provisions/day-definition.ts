import type { Period, Provision } from '../../domain/types.ts';

/**
 * Agreements that define "days" as business days: "references to 'days' are to Business Days", "'Day' or
 * 'days' means a Business Day", "all references to days in this Agreement shall mean business days". Every
 * period written in plain days is then counted in business days — twenty days' notice given on a Monday
 * before Thanksgiving runs to mid-December, not to the first week of it. A period the text itself calls
 * "calendar days" keeps calendar days.
 */
const DAYS_ARE_BUSINESS_DAYS =
  /(?:\breferences?\s+(?:in\s+this\s+agreement\s+)?to\s+["“']?days?["”']?\s+(?:are|shall\s+be)\s+(?:to\s+)?|["“']days?["”']\s+(?:or\s+["“']days?["”']\s+)?(?:means?|shall\s+mean|refers?\s+to)\s+(?:a\s+|any\s+)?|\ball\s+references\s+to\s+(?:a\s+)?["“']?days?["”']?\s+(?:in\s+this\s+agreement\s+)?(?:shall\s+)?(?:mean|refer\s+to|be\s+(?:deemed|construed)\s+(?:as|to\s+mean)|are\s+to)\s+)(?:business|working)\s+days?\b/i;

/**
 * Whether the agreement defines its days as business days.
 * @example definesDaysAsBusinessDays('In this Agreement, references to "days" are to Business Days.') // true
 */
export function definesDaysAsBusinessDays(text: string): boolean {
  return DAYS_ARE_BUSINESS_DAYS.test(text);
}

const asBusinessDays = (period: Period | null | undefined): Period | null | undefined =>
  period && period.unit === 'day' && !period.calendar && !/\bcalendar\b/i.test(period.text ?? '')
    ? { ...period, unit: 'business-day' }
    : period;

/**
 * Counts the provisions' plain-day periods in business days where the agreement defines days so.
 * @example applyDayDefinition(provisions, text) // "twenty (20) days' notice" → { amount: 20, unit: 'business-day', ... }
 */
export function applyDayDefinition(provisions: Provision[], text: string): void {
  if (!definesDaysAsBusinessDays(text)) return;
  for (const provision of provisions) {
    provision.notice = asBusinessDays(provision.notice) ?? null;
    provision.cure = asBusinessDays(provision.cure) ?? null;
    if (provision.noEarlierThan) provision.noEarlierThan = asBusinessDays(provision.noEarlierThan) ?? provision.noEarlierThan;
  }
}
