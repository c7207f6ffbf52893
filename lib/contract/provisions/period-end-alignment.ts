import type { Provision } from '../../domain/types.ts';

/**
 * Notice that must end on a calendar boundary — English and Commonwealth drafting in particular: "not less
 * than three months' written notice, such notice to expire on the last day of a calendar month", "termination
 * shall take effect at the end of a calendar quarter". The notice is long enough only if it also ends on such a
 * day: a termination "with effect from 15 June" under a month-end clause does not comply, and the earliest
 * compliant day is the first month end after the notice has run.
 */
const ALIGNED_RE =
  /\b(?:(?:such\s+)?notice\s+(?:to\s+)?(?:expire|expiring|end|ending|terminate|terminating)|(?:termination|which)\s+(?:shall|will|to)\s+(?:only\s+)?(?:take\s+effect|be\s+effective|become\s+effective)|effective\s+only)\s+(?:on|at|as\s+of)\s+(?:the\s+)?(?:last\s+day|end)\s+of\s+(?:a|the|any|any\s+given)\s+(?:calendar\s+)?(month|quarter|year)\b|\bnotice\s+(?:period\s+)?of\s+[^.;]{1,40}?\s+to\s+the\s+end\s+of\s+(?:a|the|any)\s+(?:calendar\s+)?(month|quarter|year)\b/i;

// "with a notice period of three months to the end of a calendar quarter" says the same as "such notice to expire
// at the end of a calendar quarter".
/**
 * Marks the forward-counted rights whose notice must end on the last day of a calendar month, quarter or year.
 * @example applyPeriodEndAlignment(provisions) // endsOn: 'month' for "such notice to expire on the last day of a calendar month"
 */
export function applyPeriodEndAlignment(provisions: Provision[]): void {
  for (const provision of provisions) {
    if (provision.type !== 'termination-for-convenience') continue;
    const m = ALIGNED_RE.exec(provision.text);
    const unit = m?.[1] ?? m?.[2];
    if (unit) provision.endsOn = unit.toLowerCase() as 'month' | 'quarter' | 'year';
  }
}
