import type { DateTime } from 'luxon';
import type { AgreementAnalysis, DeemedReceipt, DeliveryMethod, LetterAnalysis, Provision } from '../domain/types.ts';
import { isNoticeCheckError } from '../errors.ts';
import { addPeriod } from '../time/add-period.ts';
import type { BusinessCalendar } from '../time/business-calendar.ts';
import { businessCalendar } from '../time/business-calendar.ts';
import { deemedReceiptInRecipientZone } from '../time/deemed-receipt.ts';
import { type JurisdictionProfile, profileFor } from '../time/jurisdictions/index.ts';
import { placeMoment } from '../time/moments.ts';
import type { RuleId } from '../time/rules.ts';
import { chooseZone, zoneForJurisdiction } from '../time/zones.ts';
import { type RecipientZone, recipientZoneOf } from './recipient-zone.ts';

/**
 * When the notice was given and received, in which zone, and on which business calendar — the facts every
 * assessment counts from. Receipt follows the agreement's notice-delivery clause for the letter's method;
 * where a letter went by several methods, the earliest deemed receipt counts (notice is given once).
 */

/** Built once per reading and never mutated: a reading that alters a fact builds a new object. */
export interface NoticeTiming {
  readonly zone: string;
  readonly calendar: BusinessCalendar;
  /** The agreement moves a last day on a weekend or holiday to the next business day. */
  readonly rollForward: boolean;
  /** The governing law's code (US-NY, GB): it may move the last day for doing an act (`adjustLastDayForAct`). */
  readonly jurisdiction: string | null;
  /** How the governing law counts time (holidays, zone, date order, last day), with the authorities to cite. */
  readonly profile: JurisdictionProfile;
  readonly sentAt: DateTime | null;
  /** The sending date is known but not the time (then receipt is the start of the day). */
  readonly sentTimeKnown: boolean;
  readonly receivedAt: DateTime | null;
  /** The letter's stated effective instant, when it states one; end-of-term is resolved per provision. */
  readonly effectiveAt: DateTime | null;
  readonly effectiveTimeKnown: boolean;
  readonly rules: readonly RuleId[];
  readonly explanation: readonly string[];
  readonly problems: readonly string[];
  readonly noticeDelivery: Provision | null;
  /**
   * Where a cure period starts for a termination for breach: the earlier notice of breach the letter dates
   * ("our letter of March 1, 2024"), else this letter's receipt — with the sentence saying which and why.
   */
  readonly cureStart: { at: DateTime; fromEarlierNotice: boolean; note: string } | null;
  /**
   * Where the letter gives a date of sending but no time, the receipt had it been sent at the end of that
   * day — different from `receivedAt` only under a cut-off ("before 5:00 p.m., otherwise the next business day").
   */
  readonly receivedAtIfSentLate: DateTime | null;
  /**
   * Where the letter does not say how it was sent, the latest receipt among the methods the agreement's
   * notice clause provides for ("certified mail ... three business days after mailing"); null when the
   * method is known or every method gives the same day.
   */
  readonly receivedAtIfSlowestMethod: { at: DateTime; method: DeliveryMethod } | null;
  /**
   * Where the agreement fixes its cut-off in the recipient's local time: the zone it is applied in and where
   * that zone was read; null when no cut-off is in the recipient's time.
   */
  readonly recipientZone: RecipientZone | null;
  /**
   * Where the recipient's zone is not known: the latest receipt the cut-off gives in another zone the notice
   * may have been read in (the letter's, the agreement's, the governing law's), when it falls on another day.
   */
  readonly receivedAtIfOtherRecipientZone: { at: DateTime; zone: string } | null;
}

function tryPlace(moment: Parameters<typeof placeMoment>[0], zone: string, problems: string[]): DateTime | null {
  try {
    return placeMoment(moment, zone);
  } catch (error) {
    if (!isNoticeCheckError(error)) throw error;
    problems.push(`a date in the letter cannot be placed in time: ${error.message}`);
    return null;
  }
}

/** Says where the sent moment came from when an email's Date header gave it, and how its seconds count. */
function emailHeaderSentence(written: string): string {
  const seconds = /\b\d{1,2}:\d{2}:(\d{2})\b/.exec(written)?.[1];
  const rounding =
    seconds && seconds !== '00'
      ? '; the part of a minute counts as the whole minute, so the notice is never taken as sent earlier than it was'
      : '';
  return `The email's Date header, "${written}", gives the moment it was sent${rounding}.`;
}
/**
 * Works out zone, calendar, sending, receipt and stated effective instant of a letter.
 * @example noticeTiming(agreement, letter, 'UTC').receivedAt?.toISO() // '2021-01-09T18:07:00.000-08:00' for an email effective when sent
 */
export function noticeTiming(agreement: AgreementAnalysis, letter: LetterAnalysis, defaultZone: string): NoticeTiming {
  const rules: RuleId[] = [];
  const explanation: string[] = [];
  const problems: string[] = [];
  const effectiveMoment = letter.effective?.kind === 'moment' ? letter.effective.moment : null;
  const label = letter.sent?.zoneLabel ?? effectiveMoment?.zoneLabel ?? null;
  const zoneInputs = {
    letterLabel: label,
    letterDate: letter.sent?.date ?? effectiveMoment?.date ?? null,
    agreementZone: agreement.zone ?? null,
    jurisdiction: agreement.governingLaw,
    defaultZone,
  };
  const letterChoice = chooseZone(zoneInputs);
  // A bare offset (an email's Date header: "-0800", "+0000") fixes the instant, not the place: days are still
  // counted in the agreement's zone (or its governing law's), or a notice sent late in the evening would
  // fall on another calendar day than the one the parties live in.
  const bareOffset = letterChoice.rule === 'zone-from-letter' && /^UTC(?:[+-]|$)/.test(letterChoice.zone);
  const placeChoice = bareOffset ? chooseZone({ ...zoneInputs, letterLabel: null }) : letterChoice;
  const choice = placeChoice.rule === 'zone-default' ? letterChoice : placeChoice;
  const sentZone = bareOffset ? letterChoice.zone : choice.zone;
  rules.push(choice.rule);
  if (agreement.governingLaw) rules.push('jurisdiction-profile');
  const deliveryProvisions = agreement.provisions.filter((p) => p.type === 'notice-delivery');
  const noticeDelivery = deliveryProvisions[0] ?? null;
  const banks = deliveryProvisions.some((p) => /\bbanks?\b/i.test(p.text));
  const calendar = businessCalendar(agreement.governingLaw, { banks });
  const rollForward = deliveryProvisions.some((p) => p.nextBusinessDayRule === true);

  const sentAt = letter.sent ? (tryPlace(letter.sent, sentZone, problems)?.setZone(choice.zone) ?? null) : null;
  if (letter.sent && !letter.sent.time) rules.push('start-of-day-when-no-time');
  if (sentAt && letter.sent?.source === 'email-header') explanation.push(emailHeaderSentence(letter.sent.text));
  let receivedAt: DateTime | null = null;
  let receivedAtIfSentLate: DateTime | null = null;
  let receivedAtIfSlowestMethod: NoticeTiming['receivedAtIfSlowestMethod'] = null;
  let recipientZone: RecipientZone | null = null;
  let receivedAtIfOtherRecipientZone: NoticeTiming['receivedAtIfOtherRecipientZone'] = null;
  if (sentAt) {
    const methods = letter.deliveryMethods?.length ? letter.deliveryMethods : [letter.deliveryMethod];
    const deliveries = deliveryProvisions.flatMap((p) => p.deliveries ?? []);
    // "after 5:00 p.m. (recipient's local time)": the cut-off is the recipient's, wherever the sender was.
    if (deliveries.some((d) => d.cutoffZone === 'recipient')) recipientZone = recipientZoneOf(agreement, letter, choice.zone);
    const receiptAt = (at: DateTime, zone: string | null, method: DeliveryMethod | null) =>
      deemedReceiptInRecipientZone(at, method, deliveries, calendar, zone);
    const earliestAt = (at: DateTime, zone: string | null): DateTime =>
      methods
        .map((method) => receiptAt(at, zone, method).receivedAt)
        // biome-ignore lint/complexity/useMathMinMax: luxon DateTimes, not numbers
        .reduce((a, b) => (b < a ? b : a));
    const receipts = methods.map((method) => receiptAt(sentAt, recipientZone?.zone ?? null, method));
    const first = receipts.reduce((a, b) => (b.receivedAt < a.receivedAt ? b : a));
    receivedAt = first.receivedAt;
    rules.push(first.rule);
    if (!letter.sent?.time) {
      const lateFirst = earliestAt(sentAt.endOf('day'), recipientZone?.zone ?? null);
      if (lateFirst.toISODate() !== receivedAt.toISODate()) receivedAtIfSentLate = lateFirst;
    }
    if (recipientZone && !recipientZone.known) {
      const others = [
        letterChoice.zone,
        agreement.zone,
        agreement.governingLaw ? zoneForJurisdiction(agreement.governingLaw) : null,
        choice.zone,
      ];
      for (const zone of new Set(others.filter((z): z is string => Boolean(z) && z !== recipientZone?.zone))) {
        const at = earliestAt(sentAt, zone);
        if (at.toISODate() === receivedAt.toISODate()) continue;
        if (!receivedAtIfOtherRecipientZone || at > receivedAtIfOtherRecipientZone.at) receivedAtIfOtherRecipientZone = { at, zone };
      }
    }
    if (!letter.deliveryMethod)
      receivedAtIfSlowestMethod = slowestReceipt(sentAt, deliveries, calendar, receivedAt, recipientZone?.zone ?? null);
    const where =
      recipientZone && !recipientZone.known ? ` — ${recipientZone.source}` : recipientZone ? ` — from ${recipientZone.source}` : '';
    explanation.push(
      `${first.explanation.replace(/\.$/, '')}${where}${noticeDelivery?.section ? ` (Section ${noticeDelivery.section})` : ''}. The notice is taken as received ${receivedAt.setLocale('en-US').toFormat("cccc, LLLL d, yyyy 'at' h:mm a ZZZZ")}.`,
    );
  }

  let effectiveAt: DateTime | null = null;
  if (effectiveMoment) effectiveAt = tryPlace(effectiveMoment, choice.zone, problems);
  else if (letter.effective?.kind === 'immediate') effectiveAt = receivedAt;
  else if (letter.effective?.kind === 'after-period' && letter.effective.period.amount !== null) {
    const anchor = letter.effective.period.anchor === 'dispatch-of-notice' ? sentAt : receivedAt;
    if (anchor) {
      const counted = addPeriod(
        anchor,
        { amount: letter.effective.period.amount, unit: letter.effective.period.unit, clear: letter.effective.period.clear },
        calendar,
      );
      effectiveAt = counted.end;
      rules.push(...counted.rules);
    }
  }
  if (effectiveMoment && !effectiveMoment.time) rules.push('start-of-day-when-no-time');
  if (effectiveMoment?.timeConvention === 'close-of-business' && effectiveAt) {
    rules.push('close-of-business-5pm');
    explanation.push(
      `The letter takes effect at "${effectiveMoment.text}", read as 5:00 p.m. that day (${effectiveAt.setLocale('en-US').toFormat("cccc, LLLL d, yyyy 'at' h:mm a ZZZZ")}).`,
    );
  }
  const cureStart = cureStartOf(letter, choice.zone, receivedAt, problems);
  return {
    zone: choice.zone,
    calendar,
    rollForward,
    jurisdiction: agreement.governingLaw,
    profile: profileFor(agreement.governingLaw),
    sentAt,
    sentTimeKnown: Boolean(letter.sent?.time),
    receivedAt,
    effectiveAt,
    effectiveTimeKnown: Boolean(effectiveMoment?.time) || letter.effective?.kind === 'immediate',
    rules,
    explanation,
    problems,
    noticeDelivery,
    cureStart,
    receivedAtIfSentLate,
    receivedAtIfSlowestMethod,
    recipientZone,
    receivedAtIfOtherRecipientZone,
  };
}

/** The latest deemed receipt among the agreement's delivery methods, when it falls on a later day than `receivedAt`. */
function slowestReceipt(
  sentAt: DateTime,
  deliveries: readonly DeemedReceipt[],
  calendar: BusinessCalendar,
  receivedAt: DateTime,
  recipientZone: string | null,
): NoticeTiming['receivedAtIfSlowestMethod'] {
  let slowest: NoticeTiming['receivedAtIfSlowestMethod'] = null;
  for (const method of new Set(deliveries.map((d) => d.method))) {
    const at = deemedReceiptInRecipientZone(sentAt, method, deliveries, calendar, recipientZone).receivedAt;
    if (!slowest || at > slowest.at) slowest = { at, method };
  }
  return slowest && slowest.at.toISODate() !== receivedAt.toISODate() ? slowest : null;
}

/**
 * A cure period runs from the notice of breach. A termination letter that dates an earlier notice is judged
 * from that date (its receipt is not stated, so its date is the earliest it can have been received); one
 * that does not is judged from its own receipt, which is right only if it is itself the first notice.
 */
function cureStartOf(letter: LetterAnalysis, zone: string, receivedAt: DateTime | null, problems: string[]): NoticeTiming['cureStart'] {
  if (letter.action !== 'termination') return null;
  const earlier = letter.earlierNotice ?? null;
  const dated = earlier?.moment ? tryPlace(earlier.moment, zone, problems) : null;
  if (earlier?.moment && dated) {
    return {
      at: dated,
      fromEarlierNotice: true,
      note: `The cure period is counted from ${dated.toISODate()}, the date of the earlier notice of breach the letter refers to ("${earlier.text}"); the letter does not say when that notice was received, so its date is taken as the earliest possible receipt — a later receipt moves the end of the cure period by as much.`,
    };
  }
  if (!receivedAt) return null;
  const why = earlier
    ? `the letter mentions an earlier notice of breach ("${earlier.text}") but does not date it`
    : 'the letter refers to no earlier notice of breach';
  return {
    at: receivedAt,
    fromEarlierNotice: false,
    note: `The cure period is counted from this letter's receipt because ${why}; if an earlier notice of breach was received, the cure period ran from that notice and the termination may be timely.`,
  };
}
