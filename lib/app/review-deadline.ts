/**
 * A person confirms, corrects or dismisses a computed deadline. The decision is stored with who and when,
 * appended to the contract's history, and the deadline's reminders follow it at once: a correction moves
 * them to the new date, a dismissal removes them, a confirmation schedules them.
 */
import { NoticeCheckError } from '../errors.ts';
import { drivesAlerts, effectiveDate, reviewOf } from './deadline-review.ts';
import { scheduleAlerts } from './deadline-schedule.ts';
import type { BaseDeps, ReviewRepository } from './ports.ts';
import type { DeadlineRecord, DeadlineReview } from './records.ts';
import type { HistoryEntry } from './review-records.ts';
import { withReview } from './review-carry-over.ts';

export interface ReviewDeps extends BaseDeps {
  reviews: ReviewRepository;
}

export type ReviewAction =
  | { action: 'confirm'; reason?: string }
  | { action: 'correct'; date: string; reason: string }
  | { action: 'dismiss'; reason: string };

/**
 * The review a decision gives. Confirming accepts the computed date (it also undoes an earlier correction or
 * dismissal); correcting replaces the date with the person's own and counts as confirmed.
 * @example decide({ action: 'correct', date: '2026-02-27', reason: 'Amendment 2' }, 'ana@example.com', now)
 * // { status: 'corrected', date: '2026-02-27', reason: 'Amendment 2', by: 'ana@example.com', at: now }
 */
export function decide(action: ReviewAction, by: string, now: string): DeadlineReview {
  const reason = action.reason?.trim() ? { reason: action.reason.trim() } : {};
  switch (action.action) {
    case 'confirm':
      return { status: 'confirmed', ...reason, by, at: now };
    case 'correct':
      return { status: 'corrected', date: action.date, ...reason, by, at: now };
    case 'dismiss':
      return { status: 'dismissed', ...reason, by, at: now };
  }
}

/** Applies a decision; NOT_FOUND when the contract has no such deadline (or it belongs to another tenant). */
export async function reviewDeadline(
  deps: ReviewDeps,
  tenantId: string,
  contractId: string,
  deadlineId: string,
  action: ReviewAction,
  by: string,
): Promise<DeadlineRecord> {
  const now = deps.clock.now().toISOString();
  const current = await deps.reviews.getDeadline(tenantId, contractId, deadlineId);
  if (!current) throw new NoticeCheckError('NOT_FOUND', 'Deadline not found');
  const before = reviewOf(current);
  const review = decide(action, by, now);
  const updated = withReview(current, review, now);
  const history: HistoryEntry = {
    tenantId,
    contractId,
    at: now,
    by,
    action: action.action,
    deadlineId,
    from: effectiveDate(current),
    to: effectiveDate(updated),
    ...(review.reason ? { reason: review.reason } : {}),
  };
  // Reminders are rebuilt only when the decision changes what they would say: re-confirming sends nothing twice.
  const remindersChange = drivesAlerts(before) !== drivesAlerts(review) || effectiveDate(current) !== effectiveDate(updated);
  await deps.reviews.saveReview({
    deadline: updated,
    review: { tenantId, contractId, deadlineId, kind: current.kind, computedDate: current.date, ...review },
    history,
    alerts: remindersChange ? scheduleAlerts(updated, deps.config.alertOffsets, now) : null,
  });
  return updated;
}
