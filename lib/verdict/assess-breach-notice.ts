import type { DateTime } from 'luxon';
import type { LetterAnalysis, Period } from '../domain/types.ts';
import { addPeriod } from '../time/add-period.ts';
import { adjustLastDayForAct } from '../time/last-day.ts';
import type { RuleId } from '../time/rules.ts';
import type { Assessment } from './assessment.ts';
import { periodWords, quote, sectionName } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';
import type { Candidate } from './select-candidates.ts';
import { shortfall } from './shortfall.ts';

/**
 * A breach notice starts the cure period of a termination-for-cause right. It complies when the cure period
 * it offers is at least the agreement's (a letter silent on cure leaves the agreement's period running) and
 * it does not announce termination before that period ends. The cure deadline is the later of the two ends:
 * a sender who offers more time is held to it.
 */

interface CureEnd {
  day: DateTime;
  date: string;
  rules: RuleId[];
  /** Why the last day moved off a weekend or holiday, and by what authority. */
  note: string | null;
}

function cureEnd(period: Period, timing: NoticeTiming): CureEnd | null {
  const trigger = period.anchor === 'dispatch-of-notice' ? timing.sentAt : timing.receivedAt;
  if (!trigger || period.amount === null) return null;
  const counted = addPeriod(trigger, { amount: period.amount, unit: period.unit, clear: period.clear }, timing.calendar);
  if (period.unit === 'hour') return { day: counted.end, date: counted.lastDay, rules: counted.rules, note: null };
  // Curing is doing an act: its last day moves where the agreement or the governing law says so.
  const last = adjustLastDayForAct(counted.end, timing.calendar, timing.rollForward, timing.jurisdiction);
  const note = last.moved ? `${last.reason}, so the last day to cure moves to ${last.date.toISODate()} (${last.movedBy}).` : null;
  return { day: last.date, date: last.date.toISODate() as string, rules: [...counted.rules, last.rule], note };
}

/** The cure deadline a breach notice sets, for the letter's deadlines. */
export interface BreachNoticeAssessment extends Assessment {
  cureDeadline: DateTime | null;
}

/**
 * Weighs a breach notice against a termination-for-cause right.
 * @example assessBreachNotice(candidate, letter, timing).cureDeadline?.toISODate() // '2024-04-08'
 */
export function assessBreachNotice(candidate: Candidate, letter: LetterAnalysis, timing: NoticeTiming): BreachNoticeAssessment {
  const { provision } = candidate;
  const required = provision.cure ?? provision.notice;
  const base: BreachNoticeAssessment = {
    provision,
    applies: candidate.applies,
    required,
    satisfied: null,
    condition: null,
    earliest: null,
    earliestDate: null,
    shortfall: null,
    rules: [],
    explanation: [],
    review: [],
    cureDeadline: null,
  };
  if (!candidate.applies) {
    base.explanation.push(`${sectionName(provision)} does not govern this letter: ${candidate.reason ?? 'it does not apply'}.`);
    return base;
  }
  if (!required) {
    base.review.push(`${sectionName(provision)} states no cure period.`);
    return base;
  }
  const agreed = cureEnd(required, timing);
  if (!agreed) return base;
  const offered = letter.curePeriod ? cureEnd(letter.curePeriod, timing) : null;
  const effectiveDate = timing.effectiveAt?.setZone(timing.zone).toISODate() ?? null;
  const offeredOk = !offered || offered.date >= agreed.date;
  const effectiveOk = !effectiveDate || effectiveDate >= agreed.date;
  const satisfied = offeredOk && effectiveOk;
  const deadline = offered && offered.date > agreed.date ? offered : agreed;
  const result: BreachNoticeAssessment = {
    ...base,
    satisfied,
    earliest: agreed.day,
    earliestDate: agreed.date,
    rules: [...agreed.rules, ...(offered?.rules ?? [])],
    cureDeadline: deadline.day,
  };
  result.explanation.push(
    `${sectionName(provision)} gives the party in breach ${periodWords(required)} to cure; counted from receipt, the cure period ends on ${agreed.date}. It reads: ${quote(provision, required)}`,
  );
  if (agreed.note) result.explanation.push(agreed.note);
  if (!letter.curePeriod) result.explanation.push(`The letter states no cure period; the agreement's period runs regardless.`);
  else if (offeredOk)
    result.explanation.push(
      `The letter offers ${periodWords(letter.curePeriod)} to cure, ending ${offered?.date ?? agreed.date}: at least the agreement's period.`,
    );
  else {
    // offeredOk is false only when the offered period has an end.
    if (!offered) throw new Error('assessBreachNotice: a cure period found short has no end date');
    result.explanation.push(
      `The letter offers only ${periodWords(letter.curePeriod)} to cure, ending ${offered.date}: shorter than the agreement's period.`,
    );
    result.shortfall = shortfall(offered.day, agreed.day, required.unit, timing.calendar);
  }
  if (!effectiveOk && timing.effectiveAt) {
    result.explanation.push(`The letter announces termination on ${effectiveDate}, before the cure period ends on ${agreed.date}.`);
    result.shortfall ??= shortfall(timing.effectiveAt, agreed.day, required.unit, timing.calendar);
  }
  result.explanation.push(
    `If the breach is material and remains uncured at the end of ${deadline.date}, ${sectionName(provision)} then allows termination.`,
  );
  return result;
}
