import { describe, expect, it } from 'vitest';
import type { DeemedReceipt, DeliveryMethod } from '../../lib/domain/types.ts';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { deemedReceipt } from '../../lib/time/deemed-receipt.ts';
import { toIsoWithOffset } from '../../lib/time/moments.ts';
import { LA, LONDON, NY, at } from './support.ts';

const ny = businessCalendar('US-NY');
const ca = businessCalendar('US-CA');
const gb = businessCalendar('GB');

// "Notices sent by email are effective when sent." / "...by email shall be deemed received when sent, provided that
// any email sent after 5:00 p.m. or on a day other than a Business Day shall be deemed received on the next Business Day."
// "...by nationally recognized overnight courier, on the next Business Day; by certified mail, return receipt requested,
// ten (10) Business Days after mailing."
const emailWhenSent: DeemedReceipt = { method: 'email', rule: 'when-sent' };
const emailCutoff: DeemedReceipt = { method: 'email', rule: 'when-sent', cutoff: '17:00' };
const courierNextDay: DeemedReceipt = { method: 'courier', rule: 'next-business-day' };
const certifiedTen: DeemedReceipt = { method: 'certified-mail', rule: 'after-business-days', amount: 10 };
const mailFive: DeemedReceipt = { method: 'mail', rule: 'after-days', amount: 5 };
const onDelivery: DeemedReceipt = { method: 'courier', rule: 'on-delivery' };

describe('deemedReceipt', () => {
  const cases: Array<{
    name: string;
    sent: string;
    zone: string;
    method: DeliveryMethod | null;
    provisions: DeemedReceipt[];
    calendar: ReturnType<typeof businessCalendar>;
    received: string;
    rule: string;
  }> = [
    {
      name: 'email effective when sent, even on a Saturday evening',
      sent: '2021-01-09T18:07',
      zone: LA,
      method: 'email',
      provisions: [emailWhenSent],
      calendar: ca,
      received: '2021-01-09T18:07:00-08:00',
      rule: 'deemed-receipt-email-when-sent',
    },
    {
      name: 'email before a 5 p.m. cut-off on a business day is received when sent',
      sent: '2024-03-08T16:59',
      zone: NY,
      method: 'email',
      provisions: [emailCutoff],
      calendar: ny,
      received: '2024-03-08T16:59:00-05:00',
      rule: 'deemed-receipt-email-when-sent',
    },
    {
      name: 'email at exactly 5 p.m. is not after the cut-off',
      sent: '2024-03-08T17:00',
      zone: NY,
      method: 'email',
      provisions: [emailCutoff],
      calendar: ny,
      received: '2024-03-08T17:00:00-05:00',
      rule: 'deemed-receipt-email-when-sent',
    },
    {
      name: 'email after a 5 p.m. cut-off on a Friday is received on Monday',
      sent: '2024-03-08T17:30',
      zone: NY,
      method: 'email',
      provisions: [emailCutoff],
      calendar: ny,
      received: '2024-03-11T00:00:00-04:00',
      rule: 'deemed-receipt-email-cutoff',
    },
    {
      name: 'email with a cut-off sent on a Sunday morning is received on Monday',
      sent: '2024-03-10T09:00',
      zone: NY,
      method: 'email',
      provisions: [emailCutoff],
      calendar: ny,
      received: '2024-03-11T00:00:00-04:00',
      rule: 'deemed-receipt-email-cutoff',
    },
    {
      name: 'email with a cut-off sent on Christmas Day is received on 26 December',
      sent: '2024-12-25T10:00',
      zone: NY,
      method: 'email',
      provisions: [emailCutoff],
      calendar: ny,
      received: '2024-12-26T00:00:00-05:00',
      rule: 'deemed-receipt-email-cutoff',
    },
    {
      name: 'courier on a Friday is received the next business day, Monday',
      sent: '2024-03-08T11:00',
      zone: NY,
      method: 'courier',
      provisions: [courierNextDay],
      calendar: ny,
      received: '2024-03-11T00:00:00-04:00',
      rule: 'deemed-receipt-courier',
    },
    {
      name: 'courier sent on Christmas Eve in England is received after Boxing Day',
      sent: '2024-12-24T11:00',
      zone: LONDON,
      method: 'courier',
      provisions: [courierNextDay],
      calendar: gb,
      received: '2024-12-27T00:00:00+00:00',
      rule: 'deemed-receipt-courier',
    },
    {
      name: 'ten business days by certified mail across Christmas and New Year (US-NY)',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: 'certified-mail',
      provisions: [certifiedTen],
      calendar: ny,
      received: '2025-01-07T00:00:00-05:00',
      rule: 'deemed-receipt-certified-mail',
    },
    {
      name: 'registered mail uses the certified-mail clause',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: 'registered-mail',
      provisions: [certifiedTen],
      calendar: ny,
      received: '2025-01-07T00:00:00-05:00',
      rule: 'deemed-receipt-certified-mail',
    },
    {
      name: 'mail five calendar days after posting',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: 'mail',
      provisions: [mailFive],
      calendar: ny,
      received: '2024-12-25T00:00:00-05:00',
      rule: 'deemed-receipt-after-days',
    },
    {
      name: 'courier "on delivery" with no delivery date: estimated next business day',
      sent: '2024-03-08T11:00',
      zone: NY,
      method: 'courier',
      provisions: [onDelivery],
      calendar: ny,
      received: '2024-03-11T00:00:00-04:00',
      rule: 'deemed-receipt-on-delivery',
    },
    {
      name: 'no clause for email: received when sent',
      sent: '2024-03-09T11:00',
      zone: NY,
      method: 'email',
      provisions: [courierNextDay],
      calendar: ny,
      received: '2024-03-09T11:00:00-05:00',
      rule: 'deemed-receipt-default',
    },
    {
      name: 'no clause for certified mail: three business days after posting',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: 'certified-mail',
      provisions: [],
      calendar: ny,
      received: '2024-12-26T00:00:00-05:00',
      rule: 'deemed-receipt-default',
    },
    {
      name: 'no clause for hand delivery: received when handed over',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: 'hand',
      provisions: [emailWhenSent],
      calendar: ny,
      received: '2024-12-20T10:00:00-05:00',
      rule: 'deemed-receipt-default',
    },
    {
      name: 'method unknown: received when sent',
      sent: '2024-12-20T10:00',
      zone: NY,
      method: null,
      provisions: [certifiedTen],
      calendar: ny,
      received: '2024-12-20T10:00:00-05:00',
      rule: 'deemed-receipt-default',
    },
  ];
  it.each(cases)('$name', ({ sent, zone, method, provisions, calendar, received, rule }) => {
    const result = deemedReceipt(at(sent, zone), method, provisions, calendar);
    expect(toIsoWithOffset(result.receivedAt)).toBe(received);
    expect(result.rule).toBe(rule);
    expect(result.explanation.length).toBeGreaterThan(20);
  });

  it('explains a cut-off roll in words a reader can follow', () => {
    const result = deemedReceipt(at('2024-03-08T17:30', NY), 'email', [emailCutoff], ny);
    expect(result.explanation).toBe(
      'Notice by email sent after 17:00 is deemed received on the next business day, as the agreement provides.',
    );
  });

  it('rejects an unreadable cut-off with INVALID_INPUT', () => {
    const provision: DeemedReceipt = { method: 'email', rule: 'when-sent', cutoff: '5pm' };
    expect(() => deemedReceipt(at('2024-03-08T10:00', NY), 'email', [provision], ny)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('deemedReceipt: clauses with missing or zero numbers', () => {
  it('a clause with no readable number of days falls back to the documented default', () => {
    const result = deemedReceipt(
      at('2024-12-20T10:00', NY),
      'certified-mail',
      [{ method: 'certified-mail', rule: 'after-business-days' }],
      ny,
    );
    expect(result.rule).toBe('deemed-receipt-default');
    expect(result.receivedAt.toISODate()).toBe('2024-12-26');
  });

  it('is never earlier than sending ("0 days after posting" is on posting)', () => {
    const result = deemedReceipt(at('2024-12-20T10:00', NY), 'mail', [{ method: 'mail', rule: 'after-days', amount: 0 }], ny);
    expect(toIsoWithOffset(result.receivedAt)).toBe('2024-12-20T10:00:00-05:00');
  });
});
