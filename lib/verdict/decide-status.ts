import type { Unit, VerdictStatus } from '../domain/types.ts';
import type { Assessment } from './assessment.ts';

/**
 * The verdict's status from the weighed rights:
 * - COMPLIANT: a right that depends on no disputed fact is satisfied;
 * - CONDITIONAL: only rights that depend on a factual ground are satisfied;
 * - NON_COMPLIANT: no right is satisfied;
 * - NEEDS_REVIEW: the answer hinges on something the text leaves open (listed in `reasons`).
 * The earliest compliant date comes from the rights that need no ground where there are any — the date
 * the sender could have used without proving anything — else from any applicable right.
 */

export interface StatusDecision {
  status: VerdictStatus;
  /** The right that gives the earliest compliant date, if any. */
  earliestBy: Assessment | null;
  shortfall: { amount: number; unit: Unit } | null;
  /** The satisfied rights that decided a COMPLIANT or CONDITIONAL status. */
  decidedBy: Assessment[];
  reasons: string[];
}

const byEarliest = (a: Assessment, b: Assessment): number =>
  a.earliest && b.earliest ? a.earliest.toMillis() - b.earliest.toMillis() : a.earliest ? -1 : 1;

/**
 * Decides the status of a letter from its assessments and the review reasons found so far.
 * @example decideStatus([suspensionSatisfiedOnGround, convenienceTooShort], []).status // 'CONDITIONAL'
 */
export function decideStatus(assessments: readonly Assessment[], reviewReasons: readonly string[]): StatusDecision {
  const applicable = assessments.filter((a) => a.applies);
  const reasons = [...reviewReasons, ...applicable.flatMap((a) => a.review)];
  const unconditional = applicable.filter((a) => a.condition === null);
  const pool = (unconditional.some((a) => a.earliest) ? unconditional : applicable).filter((a) => a.earliest).sort(byEarliest);
  const firm = applicable.filter((a) => a.satisfied === true && a.condition === null);
  const conditional = applicable.filter((a) => a.satisfied === true && a.condition !== null);

  let status: VerdictStatus;
  let decidedBy: Assessment[] = [];
  if (applicable.length === 0) {
    status = 'NEEDS_REVIEW';
    if (!reasons.some((r) => r.startsWith('no matching provision')))
      reasons.push('no matching provision: no right in the agreement governs this letter');
  } else if (reasons.length > 0) {
    status = 'NEEDS_REVIEW';
  } else if (firm.length > 0) {
    status = 'COMPLIANT';
    decidedBy = firm;
  } else if (conditional.length > 0) {
    status = 'CONDITIONAL';
    decidedBy = conditional;
  } else if (applicable.every((a) => a.satisfied === null)) {
    status = 'NEEDS_REVIEW';
    reasons.push('no applicable right could be weighed: the dates needed are missing');
  } else {
    status = 'NON_COMPLIANT';
  }
  // CONDITIONAL: the date the sender could have used without proving anything, else the date its conditional
  // right allows — a verdict always states an earliest compliant date where a right yields one.
  const earliestBy =
    status === 'CONDITIONAL'
      ? (unconditional.filter((a) => a.earliest).sort(byEarliest)[0] ?? conditional.filter((a) => a.earliest).sort(byEarliest)[0] ?? null)
      : (pool[0] ?? null);
  // Where no right gives a later date (an option to extend that has lapsed), the shortfall is the missed right's.
  const missed = applicable.find((a) => a.satisfied === false && a.shortfall)?.shortfall ?? null;
  const shortfall = status === 'COMPLIANT' ? null : earliestBy ? (earliestBy.satisfied === false ? earliestBy.shortfall : null) : missed;
  return { status, earliestBy, shortfall, decidedBy, reasons };
}
