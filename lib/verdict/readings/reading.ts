import type { AgreementAnalysis, LetterAnalysis } from '../../domain/types.ts';
import type { NoticeTiming } from '../notice-timing.ts';

/**
 * A reading is one other way the letter's facts can be read where the text leaves them open: an untimed
 * letter sent after a same-day cut-off, a letter silent on its method sent by the slowest one, "midnight"
 * meaning the end of the day, a slashed date read the other way round. Each reading is one file in this
 * folder and one line in `LETTER_READINGS`; `compareReadings` judges every reading the same way and reports
 * the ones under which the answer changes (then the verdict is NEEDS_REVIEW and says both).
 */

/** What a reading may look at: the letter as written and as read, and the one prevailing notice timing. */
export interface ReadingInputs {
  readonly agreement: AgreementAnalysis;
  /** The letter as the letter reader gave it (slashed dates still month first). */
  readonly written: LetterAnalysis;
  /** The letter as the verdict reads it (slashed dates in the governing law's order). */
  readonly letter: LetterAnalysis;
  readonly timing: NoticeTiming;
  readonly defaultZone: string;
}

/** The inputs as the reading alters them, and how to say so when the answer changes. */
export interface ReadingAlternative {
  /** The notice timing under this reading: a new object, the prevailing one untouched. */
  readonly timing: NoticeTiming;
  /** The review reason, given whether the notice suffices under the prevailing reading and under this one. */
  reason(prevailingSuffices: boolean, alternativeSuffices: boolean): string;
}

export interface LetterReading {
  /** A stable name, listed in the verdict's readings. */
  readonly name: string;
  /** What the reading supposes, in plain words. */
  readonly description: string;
  /** The altered inputs, or null when the letter leaves nothing open for this reading. */
  alternative(inputs: ReadingInputs): ReadingAlternative | null;
}

/** "suffices" or "does not suffice", for the reasons the readings give. */
export const suffices = (yes: boolean): string => (yes ? 'suffices' : 'does not suffice');
