import type { Period, Qualifier } from '../../domain/types.ts';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'at-least': 'at least',
  'no-later-than': 'no later than',
  within: 'within',
  'prior-to': 'prior',
  after: 'after',
  upon: 'upon',
  'not-more-than': 'not more than',
};

const UNIT_WORDS: Record<Period['unit'], [string, string]> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  'business-day': ['business day', 'business days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/**
 * A period as a reader says it, keeping both numbers when words and digits disagree.
 * @example formatPeriod({ amount: 60, unit: 'day', qualifier: 'at-least', anchor: 'end-of-term' }) // 'at least 60 days before the end of the term'
 */
export function formatPeriod(period: Period | null | undefined): string {
  if (!period) return '—';
  // "immediately upon notice" is read as a zero period; say it the way the contract does.
  if (period.amount === 0 && period.words == null && period.digits == null) return 'immediately';
  const [one, many] = UNIT_WORDS[period.unit] ?? [period.unit, period.unit];
  const calendar = period.calendar && period.unit === 'day' ? 'calendar ' : '';
  const amount =
    period.words != null && period.digits != null && period.words !== period.digits
      ? `${period.words} (written) / ${period.digits} (digits)`
      : period.amount === null
        ? '[amount redacted or missing]'
        : String(period.amount);
  const unit = calendar + (period.amount === 1 ? one : many);
  const qualifier = period.qualifier ? `${QUALIFIER_WORDS[period.qualifier] ?? period.qualifier} ` : '';
  const anchor =
    period.anchor === 'end-of-term'
      ? ' before the end of the term'
      : period.anchor === 'renewal-date'
        ? ' before the renewal date'
        : period.anchor === 'effective-date'
          ? ' before the effective date'
          : period.anchor === 'receipt-of-notice'
            ? ' after receipt of notice'
            : period.anchor === 'dispatch-of-notice'
              ? ' after notice is sent'
              : '';
  return `${qualifier}${amount} ${unit}${anchor}`;
}

/**
 * Shortens a quotation to a readable length on a word boundary, with whitespace collapsed.
 * @example quote('Either party may terminate this Agreement upon thirty (30) days notice.', 30) // '“Either party may terminate this…”'
 */
export function quote(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6));
  return `“${atWord.replace(/[\s,;:]+$/, '')}…”`;
}
