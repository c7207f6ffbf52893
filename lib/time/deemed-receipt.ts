import type { DateTime } from 'luxon';
import type { DeemedReceipt, DeliveryMethod } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { addPeriod } from './add-period.ts';
import { assertValid } from './calendar-date.ts';
import type { RuleId } from './rules.ts';

export interface ReceiptResult {
  receivedAt: DateTime;
  rule: RuleId;
  explanation: string;
}

/** Methods a clause written for one kind of post also covers ("certified or registered mail"). */
const MAIL = new Set<DeliveryMethod>(['certified-mail', 'registered-mail', 'mail']);
/** Business days assumed for mail where the agreement gives none (cf. Fed. R. Civ. P. 6(d): 3 days added for service by mail). */
export const DEFAULT_MAIL_BUSINESS_DAYS = 3;
const CUTOFF = /^(\d{1,2}):(\d{2})$/;

/**
 * When a notice is deemed received, from the agreement's notice-delivery provisions and the method
 * the letter used. The provision for the method itself is used, else one for another kind of post
 * when the letter went by post. Receipt "on a day" is taken at 00:00 of that day in the sending
 * zone (for counting days the day of receipt is excluded anyway).
 * - when-sent: on sending (`deemed-receipt-email-when-sent` for email); with a cut-off ("17:00"),
 *   a notice sent after it or on a day that is not a business day is received at the start of the
 *   next business day (`deemed-receipt-email-cutoff`) — clauses with a cut-off almost always treat
 *   non-business days the same way, and the calendar is the governing jurisdiction's;
 * - next-business-day: the next business day (`deemed-receipt-courier` for courier); with a
 *   cut-off it behaves like when-sent with a cut-off;
 * - after-business-days / after-days: the nth (business) day after the day of sending;
 * - on-delivery, or no provision: a documented estimate (`deemed-receipt-on-delivery`,
 *   `deemed-receipt-default`): email, fax and hand delivery on sending; courier the next business
 *   day; mail three business days after posting. With no method known, on sending.
 * @example deemedReceipt(DateTime.fromISO('2024-12-20T10:00', { zone: 'America/New_York' }), 'certified-mail',
 *   [{ method: 'certified-mail', rule: 'after-business-days', amount: 10 }], businessCalendar('US-NY')).receivedAt.toISODate()
 * // '2025-01-07' (Christmas and New Year's Day skipped)
 */
export function deemedReceipt(
  sentAt: DateTime,
  method: DeliveryMethod | null,
  provisions: readonly DeemedReceipt[],
  calendar: BusinessCalendar,
): ReceiptResult {
  assertValid(sentAt);
  const result = receiptBy(sentAt, method, provisions, calendar);
  // A notice is never received before it is sent (a clause saying "0 days after posting" means on posting).
  return result.receivedAt < sentAt ? { ...result, receivedAt: sentAt } : result;
}

function receiptBy(
  sentAt: DateTime,
  method: DeliveryMethod | null,
  provisions: readonly DeemedReceipt[],
  calendar: BusinessCalendar,
): ReceiptResult {
  const provision = method === null ? undefined : findProvision(method, provisions);
  if (!provision)
    return estimate(sentAt, method, calendar, 'deemed-receipt-default', 'the agreement states no receipt rule for this method');
  const how =
    method === provision.method
      ? describeMethod(method as DeliveryMethod)
      : `${describeMethod(method as DeliveryMethod)} (under the clause for ${describeMethod(provision.method)})`;
  const cutoff = provision.cutoff ? parseCutoff(provision.cutoff) : null;
  const amount = provision.amount ?? 0;
  if (
    (provision.rule === 'after-business-days' || provision.rule === 'after-days') &&
    !(Number.isInteger(provision.amount) && amount >= 0)
  ) {
    return estimate(
      sentAt,
      method,
      calendar,
      'deemed-receipt-default',
      "the agreement's receipt rule for this method states no readable number of days",
    );
  }
  switch (provision.rule) {
    case 'when-sent':
    case 'next-business-day':
      if (cutoff !== null) return withCutoff(sentAt, provision.cutoff as string, cutoff, method === 'email', how, calendar);
      if (provision.rule === 'when-sent') {
        return {
          receivedAt: sentAt,
          rule: method === 'email' ? 'deemed-receipt-email-when-sent' : 'deemed-receipt-when-sent',
          explanation: `${how} is effective when sent, as the agreement provides.`,
        };
      }
      return {
        receivedAt: calendar.nextBusinessDay(sentAt),
        rule: method === 'courier' ? 'deemed-receipt-courier' : 'deemed-receipt-next-business-day',
        explanation: `${how} is deemed received on the next business day after sending, as the agreement provides.`,
      };
    case 'after-business-days':
      return {
        receivedAt: addPeriod(sentAt, { amount, unit: 'business-day' }, calendar).end,
        rule: MAIL.has(method as DeliveryMethod) ? 'deemed-receipt-certified-mail' : 'deemed-receipt-next-business-day',
        explanation: `${how} is deemed received ${amount} business day${amount === 1 ? '' : 's'} after sending, as the agreement provides.`,
      };
    case 'after-days':
      return {
        receivedAt: addPeriod(sentAt, { amount, unit: 'day' }, calendar).end,
        rule: 'deemed-receipt-after-days',
        explanation: `${how} is deemed received ${amount} day${amount === 1 ? '' : 's'} after sending, as the agreement provides.`,
      };
    case 'on-delivery':
      return estimate(
        sentAt,
        method,
        calendar,
        'deemed-receipt-on-delivery',
        'the agreement makes it effective on delivery and the delivery date is not known',
      );
    default:
      throw new NoticeCheckError('INVALID_INPUT', `Unknown deemed-receipt rule "${String(provision.rule)}".`);
  }
}

function findProvision(method: DeliveryMethod, provisions: readonly DeemedReceipt[]): DeemedReceipt | undefined {
  return provisions.find((p) => p.method === method) ?? (MAIL.has(method) ? provisions.find((p) => MAIL.has(p.method)) : undefined);
}

function withCutoff(
  sentAt: DateTime,
  written: string,
  minutes: number,
  isEmail: boolean,
  how: string,
  calendar: BusinessCalendar,
): ReceiptResult {
  const rule: RuleId = isEmail ? 'deemed-receipt-email-cutoff' : 'deemed-receipt-next-business-day';
  const late =
    sentAt.hour * 60 + sentAt.minute > minutes ||
    (sentAt.hour * 60 + sentAt.minute === minutes && (sentAt.second > 0 || sentAt.millisecond > 0));
  if (!calendar.isBusinessDay(sentAt)) {
    return {
      receivedAt: calendar.nextBusinessDay(sentAt),
      rule,
      explanation: `${how} sent on ${sentAt.toISODate()}, not a business day, is deemed received on the next business day.`,
    };
  }
  if (late) {
    return {
      receivedAt: calendar.nextBusinessDay(sentAt),
      rule,
      explanation: `${how} sent after ${written} is deemed received on the next business day, as the agreement provides.`,
    };
  }
  return {
    receivedAt: sentAt,
    rule: isEmail ? 'deemed-receipt-email-when-sent' : 'deemed-receipt-when-sent',
    explanation: `${how} sent on a business day before ${written} is effective when sent, as the agreement provides.`,
  };
}

function estimate(sentAt: DateTime, method: DeliveryMethod | null, calendar: BusinessCalendar, rule: RuleId, why: string): ReceiptResult {
  if (method === null)
    return {
      receivedAt: sentAt,
      rule,
      explanation: `The delivery method is not known; the notice is taken as received when sent (${why}).`,
    };
  const how = describeMethod(method);
  if (method === 'courier') {
    return {
      receivedAt: calendar.nextBusinessDay(sentAt),
      rule,
      explanation: `${how} is taken as received on the next business day after sending, because ${why}.`,
    };
  }
  if (MAIL.has(method)) {
    return {
      receivedAt: addPeriod(sentAt, { amount: DEFAULT_MAIL_BUSINESS_DAYS, unit: 'business-day' }, calendar).end,
      rule,
      explanation: `${how} is taken as received ${DEFAULT_MAIL_BUSINESS_DAYS} business days after posting, because ${why}; confirm the actual delivery date.`,
    };
  }
  return { receivedAt: sentAt, rule, explanation: `${how} is taken as received when sent, because ${why}.` };
}

function parseCutoff(cutoff: string): number {
  const match = CUTOFF.exec(cutoff.trim());
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes >= 0 && minutes <= 24 * 60)) {
    throw new NoticeCheckError('INVALID_INPUT', `The cut-off time "${cutoff}" is not a time of day in the form HH:mm.`);
  }
  return minutes;
}

function describeMethod(method: DeliveryMethod): string {
  const names: Record<DeliveryMethod, string> = {
    email: 'Notice by email',
    courier: 'Notice by courier',
    'certified-mail': 'Notice by certified mail',
    'registered-mail': 'Notice by registered mail',
    mail: 'Notice by mail',
    hand: 'Notice delivered by hand',
    fax: 'Notice by fax',
  };
  return names[method];
}

/**
 * `deemedReceipt`, with a cut-off the clause fixes in the recipient's local time (`cutoffZone: 'recipient'`)
 * applied in `recipientZone`. A notice received when sent keeps its instant; one deemed received on a later
 * business day keeps that day as the recipient's calendar shows it, placed at the start of the day in the
 * sending zone (days are counted there) and never before sending.
 * @example deemedReceiptInRecipientZone(DateTime.fromISO('2026-03-02T13:00', { zone: 'America/New_York' }), 'email',
 *   [{ method: 'email', rule: 'when-sent', cutoff: '17:00', cutoffZone: 'recipient' }], businessCalendar('GB'), 'Europe/London').receivedAt.toISODate()
 * // '2026-03-03' (6 p.m. in London, after the cut-off)
 */
export function deemedReceiptInRecipientZone(
  sentAt: DateTime,
  method: DeliveryMethod | null,
  provisions: readonly DeemedReceipt[],
  calendar: BusinessCalendar,
  recipientZone: string | null,
): ReceiptResult {
  const provision = method === null ? undefined : findProvision(method, provisions);
  if (provision?.cutoffZone !== 'recipient' || !provision.cutoff || !recipientZone)
    return deemedReceipt(sentAt, method, provisions, calendar);
  const local = deemedReceipt(sentAt.setZone(recipientZone), method, provisions, calendar);
  const where = `the cut-off applied in the recipient's local time (${recipientZone})`;
  const explanation = `${local.explanation.replace(/\.$/, '')}, ${where}.`;
  if (+local.receivedAt === +sentAt) return { ...local, receivedAt: sentAt, explanation };
  const day = local.receivedAt.setZone(recipientZone);
  const placed = sentAt.set({ year: day.year, month: day.month, day: day.day }).startOf('day');
  return { ...local, receivedAt: placed < sentAt ? sentAt : placed, explanation };
}
