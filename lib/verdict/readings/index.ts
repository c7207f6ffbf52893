import type { Assessment } from '../assessment.ts';
import type { NoticeTiming } from '../notice-timing.ts';
import { midnightEndOfDay } from './midnight-end-of-day.ts';
import type { LetterReading, ReadingInputs } from './reading.ts';
import { recipientZoneUnknown } from './recipient-zone-unknown.ts';
import { slashedOtherWay } from './slashed-other-way.ts';
import { slowestMethod } from './slowest-method.ts';
import { untimedAfterCutOff } from './untimed-after-cut-off.ts';

export type { LetterReading, ReadingAlternative, ReadingInputs } from './reading.ts';

/** Every other reading of the letter's facts, in the order their reasons are reported. A new reading is one line. */
export const LETTER_READINGS: readonly LetterReading[] = [
  untimedAfterCutOff,
  slowestMethod,
  midnightEndOfDay,
  slashedOtherWay,
  recipientZoneUnknown,
];

/** One reading's outcome: whether the notice suffices under it, and the review reason when that changes the answer. */
export interface ReadingOutcome {
  name: string;
  description: string;
  suffices: boolean;
  /** Set when the answer differs from the prevailing reading's. */
  reason: string | null;
}

const sufficesUnder = (assessments: readonly Assessment[]): boolean => assessments.some((a) => a.applies && a.satisfied === true);

/**
 * Judges the letter under each reading that applies to it and says where the answer changes: a right that
 * can be weighed under both readings is satisfied under one and not the other. The prevailing timing is
 * never altered; each reading gets its own.
 * @example compareReadings(inputs, assessments, assess).filter((o) => o.reason).map((o) => o.name) // ['sent-after-cut-off']
 */
export function compareReadings(
  inputs: ReadingInputs,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
  readings: readonly LetterReading[] = LETTER_READINGS,
): ReadingOutcome[] {
  const prevailing = sufficesUnder(assessments);
  const outcomes: ReadingOutcome[] = [];
  for (const reading of readings) {
    const alternative = reading.alternative(inputs);
    if (!alternative) continue;
    const other = assess(alternative.timing);
    const changed = assessments.some(
      (a, i) => a.applies && a.satisfied !== null && other[i]?.satisfied != null && other[i]?.satisfied !== a.satisfied,
    );
    const otherSuffices = sufficesUnder(other);
    outcomes.push({
      name: reading.name,
      description: reading.description,
      suffices: otherSuffices,
      reason: changed ? alternative.reason(prevailing, otherSuffices) : null,
    });
  }
  return outcomes;
}
