import type { AgreementAnalysis } from '../domain/types.ts';
import { latestNoticeDay } from '../time/count-backward.ts';
import { adjustLastDay, lawWouldMoveNoticeDeadline } from '../time/last-day.ts';
import type { Assessment } from './assessment.ts';
import { periodWords, quote, sectionName } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';
import type { Candidate } from './select-candidates.ts';
import { shortfall } from './shortfall.ts';
import { termEndsFrom } from './term-cycles.ts';

/**
 * An option to renew or extend, exercised by notice "at least N days before the end of the term": the same
 * count-back as non-renewal (the term's last day is the last day of the notice period). Unlike a late notice
 * of non-renewal, a late exercise does not reach a later cycle — the option lapses and the agreement ends with
 * the term, unless the other party agrees otherwise.
 */

/**
 * Weighs an extension-notice right against a letter exercising it.
 * @example assessExtension(candidate, agreement, timing).noticeDeadline?.toISODate() // '2026-04-01' for 90 days before 2026-06-30
 */
export function assessExtension(candidate: Candidate, agreement: AgreementAnalysis, timing: NoticeTiming): Assessment {
  const { provision } = candidate;
  const period = provision.notice;
  const base: Assessment = {
    provision,
    applies: candidate.applies,
    required: period,
    satisfied: null,
    condition: null,
    earliest: null,
    earliestDate: null,
    shortfall: null,
    rules: [],
    explanation: [],
    review: [],
  };
  if (!candidate.applies) {
    base.explanation.push(`${sectionName(provision)} does not govern this letter: ${candidate.reason ?? 'it does not apply'}.`);
    return base;
  }
  const received = timing.receivedAt;
  if (!received) return base;
  const receivedDate = received.toISODate() as string;
  const [target] = termEndsFrom(agreement.term, receivedDate, timing.zone, timing.calendar, 1);
  if (!target) {
    base.review.push('The end of the current term cannot be determined from the agreement (no expiration date was found).');
    return base;
  }
  if (!period || period.amount === null) {
    base.review.push(`${sectionName(provision)} states no readable period for exercising the option.`);
    return base;
  }
  if (period.qualifier === 'not-more-than') {
    // "not more than 180 days before expiry" opens a window; its other end is not read here.
    base.review.push(
      `${sectionName(provision)} sets a window ("${period.text ?? periodWords(period)}") whose other end is not stated here.`,
    );
    return base;
  }
  const latest = latestNoticeDay(target.day, { amount: period.amount, unit: period.unit, clear: period.clear }, timing.calendar);
  const moved = adjustLastDay(latest.end, timing.calendar, timing.rollForward);
  const lawNote = lawWouldMoveNoticeDeadline(latest.end, timing.calendar, timing.rollForward, timing.jurisdiction);
  const deadlineDate = moved.date.toISODate() as string;
  const satisfied = receivedDate <= deadlineDate;
  const result: Assessment = {
    ...base,
    satisfied,
    noticeDeadline: moved.date,
    rules: [...latest.rules, moved.rule],
    deadlines: [
      { kind: 'term-end', day: target.day },
      { kind: 'extension-notice', day: moved.date },
    ],
  };
  result.explanation.push(
    `${sectionName(provision)} allows the option to be exercised by notice ${periodWords(period)} before the end of the term; the term ends on ${target.date}, so notice had to be received by ${deadlineDate}. It reads: ${quote(provision, period)}`,
    ...latest.notes,
    ...(lawNote ? [lawNote] : []),
  );
  if (satisfied) {
    result.earliest = target.day;
    result.earliestDate = target.date;
    result.explanation.push(
      `The notice was received on ${receivedDate}, in time: the option is exercised and the agreement continues after ${target.date}.`,
    );
    return result;
  }
  result.shortfall = shortfall(moved.date, received, period.unit === 'business-day' ? 'business-day' : 'day', timing.calendar);
  result.explanation.push(
    `The notice was received on ${receivedDate}, after the deadline of ${deadlineDate}: the option has lapsed, and the agreement ends on ${target.date} unless the other party agrees to continue it.`,
  );
  return result;
}
