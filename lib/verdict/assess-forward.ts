import { DateTime } from 'luxon';
import type { Period } from '../domain/types.ts';
import { addPeriod } from '../time/add-period.ts';
import { adjustLastDay, adjustLastDayForAct } from '../time/last-day.ts';
import { toIsoWithOffset } from '../time/moments.ts';
import type { RuleId } from '../time/rules.ts';
import type { Assessment } from './assessment.ts';
import { periodWords, quote, sectionName } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';
import type { Candidate } from './select-candidates.ts';
import { shortfall } from './shortfall.ts';

/**
 * A right exercised by notice and counted forward from receipt: termination for convenience, termination
 * for cause (the cure period must lapse first), immediate termination and suspension. The action may take
 * effect on the last day of the period (notice received 9 January + 30 days: 8 February); periods in days,
 * weeks, months and years are compared by date in the governing zone, periods in hours by instant.
 */

interface Earliest {
  day: DateTime;
  date: string;
  rules: RuleId[];
  notes: string[];
}

/**
 * The period that must run before the action: the notice period, or where there is none the cure period
 * (for cause and suspension only); a "not more than" period sets no minimum. The caller counts a cure
 * period alongside the notice and keeps the later end.
 * @example governingPeriod({ ...candidate, provision: { ...provision, notice: days(10), cure: days(30) } }) // days(10), the notice
 */
export function governingPeriod(candidate: Candidate): Period | null {
  const { notice, cure, type } = candidate.provision;
  const usable = (p: Period | null): p is Period => p !== null && p.qualifier !== 'not-more-than';
  const periods = [notice, type === 'termination-for-cause' || type === 'suspension' ? cure : null].filter(usable);
  if (periods.length === 0) return null;
  // Cure and notice run together from receipt; the later end governs, so both are counted and compared.
  return periods[0] as Period;
}

function earliestFor(period: Period | null, amount: number | null, timing: NoticeTiming, isCure = false): Earliest | null {
  // A cure period runs from the notice of breach, which may be an earlier letter (see NoticeTiming.cureStart).
  const trigger =
    isCure && timing.cureStart ? timing.cureStart.at : period?.anchor === 'dispatch-of-notice' ? timing.sentAt : timing.receivedAt;
  if (!trigger) return null;
  if (!period || amount === 0) {
    return { day: trigger, date: trigger.toISODate() as string, rules: [], notes: [] };
  }
  if (amount === null) return null;
  const counted = addPeriod(trigger, { amount, unit: period.unit, clear: period.clear }, timing.calendar);
  if (period.unit === 'hour') return { day: counted.end, date: counted.lastDay, rules: counted.rules, notes: counted.notes };
  // The end of a cure period is a last day for doing an act (curing), which the governing law may move;
  // the day a notice takes effect is not, so only the agreement's own rule moves it.
  const last = isCure
    ? adjustLastDayForAct(counted.end, timing.calendar, timing.rollForward, timing.jurisdiction)
    : { ...adjustLastDay(counted.end, timing.calendar, timing.rollForward), movedBy: null };
  const by = last.movedBy && last.movedBy !== 'the agreement' ? ` (${last.movedBy})` : '';
  const notes = [
    ...counted.notes,
    ...(last.reason && last.moved ? [`${last.reason}, so the last day moves to ${last.date.toISODate()}${by}.`] : []),
  ];
  return { day: last.date, date: last.date.toISODate() as string, rules: [...counted.rules, last.rule], notes };
}

function isSatisfied(period: Period | null, earliest: Earliest, timing: NoticeTiming): boolean | null {
  const effective = timing.effectiveAt;
  if (!effective) return null;
  // Hours are exact; a right "immediately upon notice" is met by any time on or after the day of receipt.
  if (period?.unit === 'hour') return effective >= earliest.day;
  return (effective.setZone(timing.zone).toISODate() as string) >= earliest.date;
}

/**
 * Under a month-end clause only a termination on the last day of a month complies, however long the notice.
 * A termination "at the end of" that month (the day after, 00:00) is taken as that last day.
 */
function alignedOrNot(endsOn: Candidate['provision']['endsOn'], timing: NoticeTiming, satisfied: boolean | null): boolean | null {
  if (!endsOn || satisfied !== true || !timing.effectiveAt) return satisfied;
  const local = timing.effectiveAt.setZone(timing.zone);
  const lastDay = local.endOf(endsOn).toISODate();
  const dayBefore = local.minus({ days: 1 });
  const startOfNext = local.hour === 0 && local.minute === 0 && dayBefore.endOf(endsOn).toISODate() === dayBefore.toISODate();
  return local.toISODate() === lastDay || startOfNext;
}

/** Both readings of "sixty (90) days" where words and digits disagree; otherwise just the amount. */
function readings(period: Period | null): (number | null)[] {
  if (!period) return [0];
  const { words, digits, amount } = period;
  if (words != null && digits != null && words !== digits) return [digits, words];
  return [amount];
}

const CALENDAR_UNITS = { day: 'days', week: 'weeks', month: 'months', year: 'years' } as const;

/**
 * The other reading of "may not terminate before X": no notice before X, so the earliest effective day is X plus
 * the notice. Null when the lock-in is not worded so, the notice was received on or after X, or the period is not
 * counted in calendar units.
 */
function exerciseReading(
  floor: Candidate['provision']['notEffectiveBefore'],
  period: Period | null,
  timing: NoticeTiming,
): DateTime | null {
  if (!floor?.exercise || floor.holder || !floor.date || !period?.amount || !timing.receivedAt) return null;
  if ((timing.receivedAt.setZone(timing.zone).toISODate() as string) >= floor.date) return null;
  const unit = CALENDAR_UNITS[period.unit as keyof typeof CALENDAR_UNITS];
  if (!unit) return null;
  return DateTime.fromISO(floor.date, { zone: timing.zone }).plus({ [unit]: period.amount });
}

/**
 * Weighs one forward-counted right against the letter.
 * @example assessForward(candidate, timing).earliestDate // '2021-02-08' for 30 days' notice received 2021-01-09
 */
export function assessForward(candidate: Candidate, timing: NoticeTiming): Assessment {
  const { provision } = candidate;
  const period = governingPeriod(candidate);
  const cure = provision.type === 'termination-for-cause' ? provision.cure : null;
  const base: Assessment = {
    provision,
    applies: candidate.applies,
    required: period,
    satisfied: null,
    condition: candidate.condition,
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
  const [primary, alternative] = readings(period);
  let earliest = earliestFor(period, primary ?? null, timing, period !== null && period === cure);
  // A cure period and a notice period both run from receipt: the action waits for the later of the two.
  if (cure && period !== cure && cure.amount !== null) {
    const afterCure = earliestFor(cure, cure.amount, timing, true);
    if (earliest && afterCure && afterCure.date > earliest.date) earliest = afterCure;
  }
  const floor = provision.notEffectiveBefore;
  if (earliest && floor?.date && floor.holder && floor.date > earliest.date) {
    // A lock-in that binds one holder of a mutual right: whether it binds this sender is for a person to check.
    base.review.push(
      `${sectionName(provision)} provides that ${floor.holder} may not terminate before ${floor.text} (${floor.date}); check whether that binds the sender.`,
    );
  } else if (earliest && floor?.date && floor.date > earliest.date) {
    const day = DateTime.fromISO(floor.date, { zone: timing.zone });
    earliest = {
      day,
      date: floor.date,
      rules: [...earliest.rules, 'lock-in'],
      notes: [
        ...earliest.notes,
        `${sectionName(provision)} also provides that the termination may not take effect before ${floor.text} (${floor.date}), so that is the earliest effective date.`,
      ],
    };
  }
  const barredNotice = exerciseReading(floor, period, timing);
  // Only where the readings differ: the letter is in time under the first and early under the second.
  const effectiveDay = timing.effectiveAt?.setZone(timing.zone).toISODate() ?? null;
  if (
    earliest &&
    barredNotice &&
    timing.effectiveAt &&
    effectiveDay !== null &&
    effectiveDay >= earliest.date &&
    timing.effectiveAt < barredNotice
  ) {
    base.review.push(
      `${sectionName(provision)} says the right may not be used before ${floor?.text} (${floor?.date}); if that also bars giving notice before then, notice given on that day takes effect no earlier than ${barredNotice.toISODate()}, later than the letter's date.`,
    );
  }
  if (earliest && provision.endsOn) {
    // The first last day of a calendar month (quarter, year) on or after the day the notice has run.
    const boundary = earliest.day.setZone(timing.zone).endOf(provision.endsOn).startOf('day');
    earliest = {
      day: boundary,
      date: boundary.toISODate() as string,
      rules: [...earliest.rules, 'period-end-alignment'],
      notes: [
        ...earliest.notes,
        `${sectionName(provision)} requires the notice to expire on the last day of a calendar ${provision.endsOn}, so the earliest effective date is ${boundary.toISODate()}.`,
      ],
    };
  }
  if (!earliest) {
    if (floor && !floor.date)
      base.review.push(
        `${sectionName(provision)} does not allow the termination to take effect before ${floor.text}, and the agreement does not fix that day.`,
      );
    if (period && primary === null)
      base.review.push(`${sectionName(provision)} does not state a readable period (${periodWords(period)}).`);
    return base;
  }
  const satisfied = alignedOrNot(provision.endsOn, timing, isSatisfied(period, earliest, timing));
  // Notice long enough but ending mid-month: nothing is short; the date is simply not one the clause allows.
  const stated = timing.effectiveAt?.setZone(timing.zone);
  const misaligned = Boolean(provision.endsOn && satisfied === false && stated && (stated.toISODate() as string) > earliest.date);
  if (misaligned && stated && provision.endsOn) {
    earliest.notes.push(
      `The letter's date, ${stated.toISODate()}, is not the last day of a calendar ${provision.endsOn}: the notice could have ended on ${earliest.date} or on ${stated.endOf(provision.endsOn).toISODate()}, not in between.`,
    );
  }
  const wording =
    period && primary !== 0
      ? `requires ${period === cure ? `a cure period of ${periodWords(period)}` : `${periodWords(period)}${periodWords(period).endsWith('s') ? "'" : ''} notice`}${cure && cure !== period ? ` and a cure period of ${periodWords(cure)}` : ''}`
      : 'allows the action immediately upon notice';
  // A lock-in whose day the agreement does not fix can only make the earliest date later: a notice already too
  // short stays too short, so only a notice that would otherwise comply needs a person to fix the day.
  if (floor && !floor.date) {
    const words = `${sectionName(provision)} does not allow the termination to take effect before ${floor.text}, and the agreement does not fix that day`;
    if (satisfied === false) earliest.notes.push(`${words}; the earliest effective date may be later still.`);
    else base.review.push(`${words}.`);
  }
  const fromEarlier = cure !== null && timing.cureStart?.fromEarlierNotice === true;
  const countedFrom = fromEarlier && period === cure ? 'counted from the earlier notice of breach' : 'counted from receipt';
  const result: Assessment = {
    ...base,
    satisfied,
    earliest: earliest.day,
    earliestDate: earliest.date,
    rules: earliest.rules,
    ...(misaligned ? { offBoundary: true } : {}),
    shortfall:
      satisfied === false && timing.effectiveAt && !misaligned
        ? shortfall(timing.effectiveAt, earliest.day, period?.unit ?? 'day', timing.calendar)
        : null,
  };
  result.explanation.push(
    `${sectionName(provision)} (${provision.type}) ${wording}; ${countedFrom}, the earliest effective date is ${earliest.date}${period?.unit === 'hour' ? ` (${toIsoWithOffset(earliest.day)})` : ''}. It reads: ${quote(provision, period)}`,
    ...earliest.notes,
    ...(cure && timing.cureStart ? [timing.cureStart.note] : []),
  );
  if (candidate.condition) result.explanation.push(`${sectionName(provision)} can be used only if there was ${candidate.condition}.`);
  if (alternative !== undefined && alternative !== null && period) {
    const other = earliestFor(period, alternative, timing, period === cure);
    const otherSatisfied = other ? isSatisfied(period, other, timing) : null;
    if (otherSatisfied !== satisfied) {
      result.review.push(
        `${sectionName(provision)} writes the period as "${period.text ?? ''}": read as ${primary} the letter ${satisfied ? 'complies' : 'does not comply'}, read as ${alternative} it ${otherSatisfied ? 'complies' : 'does not comply'}.`,
      );
    } else {
      result.explanation.push(
        `${sectionName(provision)} writes the period as "${period.text ?? ''}" (words and digits disagree); either reading gives the same answer.`,
      );
    }
  }
  return result;
}
