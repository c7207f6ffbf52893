/**
 * The alert outbox: each alert record moves `due → claimed → sent` (or `handled`, when there was nothing to
 * publish), and only a run holding an unexpired lease may publish it.
 *
 * A claimed alert stays in the due-date index until it is sent. A run that dies while it holds a claim —
 * SNS hung and Lambda stopped the invocation, or the write giving the claim back failed — leaves an alert
 * whose lease runs out, and the next run claims it again: nothing is lost. The price is a possible
 * duplicate, only where SNS accepted a message but its answer (or the record of it) was lost; the duplicate
 * carries the same alert id, so a subscriber can drop it.
 *
 * There is no separate "confirmed" step after `sent`: SNS's answer (its message id) is the only
 * confirmation there is, and a second write would only widen the window for a duplicate.
 */
import type { AlertRecord } from './records.ts';

export type AlertState = 'due' | 'claimed' | 'sent' | 'handled';

/**
 * How long a claim holds. Longer than the alert function's timeout (120 s, serverless.yml), so a run still
 * alive never loses its claim to another; short enough that the next hourly run, or Lambda's own retry of a
 * failed run, finds it lapsed.
 */
export const ALERT_LEASE_SECONDS = 180;

/** A run's hold on one alert: the token proves who holds it; `until` is when it lapses. */
export interface AlertLease {
  token: string;
  claimedAt: string;
  until: string;
}

/**
 * The state of a stored alert; records written before the outbox have none, and count as due until handled.
 * @example alertState({ handledAt: null }) // 'due'
 * @example alertState({ handledAt: '2026-01-31T09:00:00.000Z' }) // 'sent'
 */
export function alertState(alert: Pick<AlertRecord, 'state' | 'handledAt'>): AlertState {
  return alert.state ?? (alert.handledAt === null ? 'due' : 'sent');
}

/**
 * True when a run may claim the alert at `now`: it is due, or claimed under a lease that has run out.
 * @example mayClaim({ state: 'claimed', handledAt: null, lease: { token: 'a', claimedAt: '…', until: '2026-01-31T09:03:00.000Z' } }, '2026-01-31T09:05:00.000Z') // true
 */
export function mayClaim(alert: Pick<AlertRecord, 'state' | 'handledAt' | 'lease'>, now: string): boolean {
  const state = alertState(alert);
  if (state === 'due') return true;
  return state === 'claimed' && (alert.lease?.until ?? '') < now;
}

/**
 * A new lease for a claim made at `now`.
 * @example leaseFrom(new Date('2026-01-31T09:00:00Z'), 'run-1').until // '2026-01-31T09:03:00.000Z'
 */
export function leaseFrom(now: Date, token: string, seconds = ALERT_LEASE_SECONDS): AlertLease {
  return { token, claimedAt: now.toISOString(), until: new Date(now.getTime() + seconds * 1000).toISOString() };
}
