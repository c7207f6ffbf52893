import type { DateTime } from 'luxon';
import type { Deadline, LetterAnalysis } from '../domain/types.ts';
import { toIsoWithOffset } from '../time/moments.ts';
import { ACTION_RULES } from './actions/index.ts';
import type { Assessment } from './assessment.ts';
import type { BreachNoticeAssessment } from './assess-breach-notice.ts';
import type { StatusDecision } from './decide-status.ts';
import type { NoticeTiming } from './notice-timing.ts';

/**
 * The deadlines a letter creates: the end of a breach notice's cure period; the day a termination or
 * suspension takes effect (the stated day where a right allows it, else the earliest compliant day — the
 * day a tribunal would most likely treat a premature notice as taking effect); for a non-renewal, the term
 * end it reaches and, after a late notice, the next cycle's deadline; for the exercise of an option to extend,
 * the term end and the last day for exercising it.
 */

function deadline(
  kind: Deadline['kind'],
  day: DateTime,
  timeKnown: boolean,
  zone: string,
  assessment: Assessment | null,
  notBefore?: DateTime,
): Deadline {
  const local = day.setZone(zone);
  return {
    ...(notBefore ? { notBefore: notBefore.setZone(zone).toISODate() as string } : {}),
    kind,
    date: local.toISODate() as string,
    at: toIsoWithOffset(timeKnown ? local : local.endOf('day').startOf('second')),
    zone,
    section: assessment?.provision.section ?? null,
    ...(assessment ? { text: assessment.provision.text } : {}),
  };
}

/**
 * Deadlines from a judged letter.
 * @example letterDeadlines(letter, assessments, decision, timing)[0].kind // 'cure-period-end' for a breach notice
 */
export function letterDeadlines(
  letter: LetterAnalysis,
  assessments: readonly Assessment[],
  decision: StatusDecision,
  timing: NoticeTiming,
): Deadline[] {
  const out: Deadline[] = [];
  const applicable = assessments.filter((a) => a.applies);
  if (letter.action === 'breach-notice') {
    for (const a of applicable as BreachNoticeAssessment[]) {
      if (a.cureDeadline) out.push(deadline('cure-period-end', a.cureDeadline, a.required?.unit === 'hour', timing.zone, a));
    }
    return out;
  }
  const countedBack = letter.action === 'non-renewal' || letter.action === 'extension';
  if (countedBack || applicable.some((a) => a.deadlines)) {
    for (const a of applicable) for (const d of a.deadlines ?? []) out.push(deadline(d.kind, d.day, false, timing.zone, a, d.notBefore));
    if (countedBack) return out;
  }
  const kind = letter.action ? ACTION_RULES[letter.action].effectiveDeadline : null;
  if (!kind) return out;
  if ((decision.status === 'COMPLIANT' || decision.status === 'CONDITIONAL') && timing.effectiveAt) {
    out.push(deadline(kind, timing.effectiveAt, timing.effectiveTimeKnown, timing.zone, decision.decidedBy[0] ?? null));
  } else if (decision.status === 'NON_COMPLIANT' && decision.earliestBy?.earliest) {
    out.push(deadline(kind, decision.earliestBy.earliest, decision.earliestBy.required?.unit === 'hour', timing.zone, decision.earliestBy));
  }
  return out;
}
