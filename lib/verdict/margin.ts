import type { LetterAnalysis, Verdict } from '../domain/types.ts';
import { daysBetween } from '../time/calendar-date.ts';
import type { Assessment } from './assessment.ts';
import type { StatusDecision } from './decide-status.ts';
import type { NoticeTiming } from './notice-timing.ts';

/**
 * How much room the letter had, in calendar days, against the right that gives the earliest compliant date:
 * for a termination or suspension, the days from that earliest date to the letter's effective date (negative
 * when the letter takes effect too early); for a non-renewal, the days from receipt to the last day for
 * notice (negative when late), and likewise for the exercise of an option to extend — which, exercised too late,
 * has no compliant date, only the last day for notice (`lastNoticeDate`). A breach notice starts a period rather than meeting one, so it has no margin.
 * @example marginOf(letter, decision, timing) // { days: 7, earliestCompliantDate: '2024-05-02' }
 */
export function marginOf(
  letter: LetterAnalysis,
  decision: StatusDecision,
  timing: NoticeTiming,
  assessments: readonly Assessment[] = [],
): Verdict['margin'] {
  const by = decision.earliestBy;
  // An option to extend exercised too late has no compliant date at all: the margin is how late the notice was.
  if (!by && letter.action === 'extension' && timing.receivedAt) {
    const missed = assessments.find((a) => a.applies && a.satisfied === false && a.noticeDeadline);
    if (missed?.noticeDeadline) {
      return {
        days: daysBetween(timing.receivedAt.setZone(timing.zone), missed.noticeDeadline.setZone(timing.zone)),
        earliestCompliantDate: null,
        lastNoticeDate: missed.noticeDeadline.setZone(timing.zone).toISODate() as string,
      };
    }
  }
  if (!by?.earliest || !by.earliestDate || letter.action === 'breach-notice') return null;
  if (letter.action === 'non-renewal' || letter.action === 'extension' || by.provision.type === 'non-renewal') {
    if (by.noticeDeadline === undefined || !timing.receivedAt) return null;
    return {
      days: daysBetween(timing.receivedAt.setZone(timing.zone), by.noticeDeadline.setZone(timing.zone)),
      earliestCompliantDate: by.earliestDate,
    };
  }
  // Enough notice on a day the right does not allow: neither days to spare nor days short describe it.
  if (!timing.effectiveAt || by.offBoundary) return null;
  return {
    days: daysBetween(by.earliest.setZone(timing.zone), timing.effectiveAt.setZone(timing.zone)),
    earliestCompliantDate: by.earliestDate,
  };
}
