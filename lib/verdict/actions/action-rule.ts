import type { AgreementAnalysis, DeadlineKind, LetterAnalysis, ProvisionType } from '../../domain/types.ts';
import type { Assessment } from '../assessment.ts';
import type { NoticeTiming } from '../notice-timing.ts';
import type { Candidate } from '../select-candidates.ts';

/**
 * What the verdict needs to know about one kind of letter: which of the agreement's rights can govern it,
 * how each is weighed, and which deadline the letter creates when it takes effect. One file per action in
 * this folder, gathered in `ACTION_RULES`, so a new action is one file and a missing one a compile error.
 */
export interface ActionRule {
  /** The provision types that can govern the letter (alternative routes included). */
  provisionTypes(letter: LetterAnalysis): ProvisionType[];
  /** Weighs one candidate right against the letter, from the one notice timing (never mutated). */
  assess(candidate: Candidate, agreement: AgreementAnalysis, letter: LetterAnalysis, timing: NoticeTiming): Assessment;
  /** The deadline kind for the day the letter takes effect, or null when the letter creates others. */
  effectiveDeadline: DeadlineKind | null;
}

export const TERMINATION_TYPES: ProvisionType[] = ['termination-for-convenience', 'termination-for-cause', 'immediate-termination'];
