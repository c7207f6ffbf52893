import type { JurisdictionProfile } from './profile.ts';
import { usState } from './us-states.ts';

const GCL_25 = 'N.Y. Gen. Constr. Law § 25';

/**
 * New York moves the last day for "the performance of a condition within or before or after a period of
 * time computed from a certain day" off a Saturday, Sunday or public holiday to the next business day,
 * unless the contract indicates a different intent (Gen. Constr. Law § 25; § 25-a does the same for
 * statutory periods). It concerns the last day for doing an act — curing, paying — so a cure period's end
 * moves. Whether it extends a notice deadline counted back from a fixed end is doubtful, and a later
 * deadline could make a party miss the one a court applies, so that deadline is kept and the doubt shown.
 */
export const NEW_YORK: JurisdictionProfile = usState('NY', {
  name: 'New York',
  lastDay: {
    rolls: ['act'],
    authority: GCL_25,
    noticeDeadlineNote: (kept, next) =>
      `${GCL_25} may extend a last day for doing an act that falls on a weekend or public holiday to the next business day (${next}), but whether it extends a notice deadline counted back from the end of a term is doubtful, so the deadline is kept at ${kept}: give notice by then.`,
  },
  authorities: {
    'calendar-days': 'N.Y. Gen. Constr. Law § 20 (the day from which a period is reckoned is excluded)',
    'calendar-months': 'N.Y. Gen. Constr. Law § 30',
    'calendar-years': 'N.Y. Gen. Constr. Law § 30',
    'month-end-clamp': 'N.Y. Gen. Constr. Law § 30',
    'last-day-next-business-day': `the agreement, or ${GCL_25} (contractual periods for doing an act, unless the contract indicates otherwise)`,
    'last-day-no-roll': `${GCL_25} moves a last day for doing an act, not the day a notice takes effect; a notice deadline counted back from the end of a term is kept, the extension being doubtful`,
  },
});
