import type { DateTime } from 'luxon';
import type { AgreementAnalysis } from '../domain/types.ts';
import { latestNoticeDay } from '../time/count-backward.ts';
import { adjustLastDay, lawWouldMoveNoticeDeadline } from '../time/last-day.ts';
import type { Assessment } from './assessment.ts';
import { assessForward } from './assess-forward.ts';
import { periodWords, quote, sectionName } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';
import type { Candidate } from './select-candidates.ts';
import { shortfall } from './shortfall.ts';
import { termEndsFrom } from './term-cycles.ts';
import { windowOpening } from './window-opening.ts';

/**
 * A non-renewal right: notice must be received no later than the latest notice day counted back from the
 * end of the term (`count-backward`). A late notice does not stop this renewal; it takes effect at the end
 * of the next term, and its own deadline is the next cycle's.
 */

/**
 * Weighs a non-renewal right against the letter.
 * @example assessNonRenewal(candidate, agreement, timing).earliestDate // the term end the notice reaches
 */
export function assessNonRenewal(candidate: Candidate, agreement: AgreementAnalysis, timing: NoticeTiming): Assessment {
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
  const statedDate = timing.effectiveAt?.setZone(timing.zone).toISODate() ?? null;
  // A letter that says the agreement "will expire on 1 July" where the last day of the term is 30 June names the
  // day after the end (the anniversary way of writing it): the term it ends is the one ending the day before.
  const dayBeforeStated = statedDate ? (timing.effectiveAt?.setZone(timing.zone).minus({ days: 1 }).toISODate() as string) : null;
  const ends = termEndsFrom(
    agreement.term,
    dayBeforeStated && dayBeforeStated > receivedDate ? dayBeforeStated : receivedDate,
    timing.zone,
    timing.calendar,
    2,
  );
  const [target, next] = ends;
  if (!target && agreement.term.renewal?.type === 'evergreen') return assessEvergreen(candidate, timing);
  if (!target) {
    base.review.push('The end of the current term cannot be determined from the agreement (no expiration date was found).');
    return base;
  }
  if (!period || period.amount === null) {
    base.review.push(`${sectionName(provision)} states no readable notice period.`);
    return base;
  }
  const deadlineFor = (end: typeof target) => {
    const latest = latestNoticeDay(end.day, { amount: period.amount as number, unit: period.unit, clear: period.clear }, timing.calendar);
    const moved = adjustLastDay(latest.end, timing.calendar, timing.rollForward);
    // The governing law's rule for acts is not applied to a deadline counted backward: see lawWouldMoveNoticeDeadline.
    const lawNote = lawWouldMoveNoticeDeadline(latest.end, timing.calendar, timing.rollForward, timing.jurisdiction);
    return { latest, day: moved.date, date: moved.date.toISODate() as string, rules: [...latest.rules, moved.rule], lawNote };
  };
  const deadline = deadlineFor(target);
  const opens = windowOpening(provision, target.day, timing.calendar);
  if (opens && receivedDate < opens.date) return premature(base, provision, target, deadline, opens, receivedDate);
  const satisfied = receivedDate <= deadline.date;
  const result: Assessment = {
    ...base,
    satisfied,
    noticeDeadline: deadline.day,
    rules: deadline.rules,
    deadlines: [{ kind: 'term-end', day: target.day }],
  };
  result.explanation.push(
    `${sectionName(provision)} requires notice of non-renewal ${periodWords(period)} before the end of the term; the term ends on ${target.date}, so notice had to be received by ${deadline.date}. It reads: ${quote(provision, period)}`,
    ...deadline.latest.notes,
    ...(deadline.lawNote ? [deadline.lawNote] : []),
  );
  if (statedDate && statedDate !== target.date) {
    result.explanation.push(`The letter names ${statedDate}, but a non-renewal takes effect only at the end of a term (${target.date}).`);
  }
  if (satisfied) {
    result.earliest = target.day;
    result.earliestDate = target.date;
    result.deadlines?.push({ kind: 'non-renewal-notice', day: deadline.day, ...(opens ? { notBefore: opens.day } : {}) });
    result.explanation.push(`The notice was received on ${receivedDate}, in time: the agreement ends on ${target.date}.`);
    return result;
  }
  // The missed deadline stays in the list: another reading of the term may meet it, and the safe date is the earliest.
  result.deadlines?.push({ kind: 'non-renewal-notice', day: deadline.day, ...(opens ? { notBefore: opens.day } : {}) });
  result.shortfall = shortfall(deadline.day, received, period.unit === 'business-day' ? 'business-day' : 'day', timing.calendar);
  result.explanation.push(`The notice was received on ${receivedDate}, after the deadline of ${deadline.date}: the agreement renews.`);
  if (next) {
    const nextDeadline = deadlineFor(next);
    const nextOpens = windowOpening(provision, next.day, timing.calendar);
    result.earliest = next.day;
    result.earliestDate = next.date;
    result.rules.push(...nextDeadline.rules);
    result.deadlines?.push(
      { kind: 'non-renewal-notice', day: nextDeadline.day, ...(nextOpens ? { notBefore: nextOpens.day } : {}) },
      { kind: 'term-end', day: next.day },
    );
    result.explanation.push(
      `Read as notice for the next cycle, it is in time for the term ending ${next.date} (deadline ${nextDeadline.date}); that is the earliest date the agreement can end under ${sectionName(provision)}.`,
    );
  }
  return result;
}

/**
 * A notice received before its window opened. Clauses that fix a window are generally enforced as written
 * (a notice outside it does not stop the renewal), so the letter does not comply; sent again inside the
 * window, it would end the agreement at this term's end.
 */
function premature(
  base: Assessment,
  provision: Candidate['provision'],
  target: { day: DateTime; date: string },
  deadline: { day: DateTime; date: string; rules: Assessment['rules'] },
  opens: { day: DateTime; date: string },
  receivedDate: string,
): Assessment {
  const far = provision.noEarlierThan as NonNullable<typeof provision.noEarlierThan>;
  return {
    ...base,
    satisfied: false,
    earliest: target.day,
    earliestDate: target.date,
    prematureBefore: opens.day,
    rules: [...deadline.rules, 'notice-window'],
    deadlines: [
      { kind: 'term-end', day: target.day },
      { kind: 'non-renewal-notice', day: deadline.day, notBefore: opens.day },
    ],
    explanation: [
      `${sectionName(provision)} allows notice of non-renewal no earlier than ${periodWords(far)} and no later than ${periodWords(provision.notice as NonNullable<typeof provision.notice>)} before the end of the term; the term ends on ${target.date}, so notice had to be received between ${opens.date} and ${deadline.date}. It reads: ${quote(provision, far)}`,
      `The notice was received on ${receivedDate}, before the window opened on ${opens.date}: it is premature, and a notice outside the window does not stop the renewal. Sent again so that it is received between ${opens.date} and ${deadline.date}, it would end the agreement on ${target.date}.`,
    ],
  };
}

/**
 * An agreement that runs until terminated has no term to decline to renew: a notice of non-renewal can only
 * end it under the right to end it on notice, counted forward from receipt. A letter that names no date
 * takes effect at the earliest date that notice allows.
 */
function assessEvergreen(candidate: Candidate, timing: NoticeTiming): Assessment {
  const forward = assessForward(candidate, timing);
  const lead = `The agreement has no fixed term (it continues until terminated), so the notice of non-renewal is read as notice ending it under ${sectionName(candidate.provision)}, counted forward from receipt.`;
  if (timing.effectiveAt || !forward.earliest) return { ...forward, explanation: [lead, ...forward.explanation] };
  return {
    ...forward,
    satisfied: true,
    explanation: [
      lead,
      ...forward.explanation,
      `The letter names no date, so it takes effect at the earliest date the notice allows, ${forward.earliestDate}.`,
    ],
  };
}
