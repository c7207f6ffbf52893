/**
 * Gives every freshly computed deadline its review when a contract is refreshed.
 *
 * The same deadline id (same kind, date, time and section) keeps its review. A new agreement version often
 * renumbers sections or rewords a clause without moving a date; such a deadline gets a new id, and it keeps
 * the review of a stored deadline of the same kind and the same computed date. The date is part of the match
 * on purpose: a person confirmed a date, and when the new version computes a different one, that
 * confirmation says nothing about it — the new date is proposed for review again. Anything else is new:
 * proposed, or confirmed by the system when the tenant auto-confirms.
 */
import { effectiveDate } from './deadline-review.ts';
import { deadlineEnds } from './deadline-schedule.ts';
import type { BaseDeps, ReviewRepository } from './ports.ts';
import type { DeadlineRecord, DeadlineReview } from './records.ts';
import type { HistoryEntry, StoredReview } from './review-records.ts';

export const SYSTEM = 'system';

export interface CarryOver {
  deadlines: DeadlineRecord[];
  /** Reviews to store for deadlines that had none under their id. */
  newReviews: StoredReview[];
  history: HistoryEntry[];
}

const decision = (review: StoredReview): DeadlineReview => {
  const { tenantId: _t, contractId: _c, deadlineId: _d, kind: _k, computedDate: _cd, ...rest } = review;
  return rest;
};

/**
 * @example
 * carryOverReviews([{ ...nonRenewal, deadlineId: 'new' }], [{ ...stored, deadlineId: 'old', status: 'confirmed' }], { autoConfirm: false, now })
 * // the deadline 'new' is confirmed, with a 'carried-over' history line
 */
export function carryOverReviews(
  computed: DeadlineRecord[],
  stored: StoredReview[],
  options: { autoConfirm: boolean; now: string },
): CarryOver {
  const { now } = options;
  const byId = new Map(stored.map((r) => [r.deadlineId, r]));
  const computedIds = new Set(computed.map((d) => d.deadlineId));
  // A stored review whose own deadline is still computed stays with it; only orphaned ones can move.
  const movable = stored.filter((r) => !computedIds.has(r.deadlineId));
  const result: CarryOver = { deadlines: [], newReviews: [], history: [] };
  for (const deadline of computed) {
    const ids = { tenantId: deadline.tenantId, contractId: deadline.contractId, deadlineId: deadline.deadlineId };
    const same = byId.get(deadline.deadlineId);
    let review: DeadlineReview;
    if (same) {
      review = decision(same);
    } else {
      const index = movable.findIndex((r) => r.kind === deadline.kind && r.computedDate === deadline.date);
      const previous = index >= 0 ? movable.splice(index, 1)[0] : undefined;
      if (previous) {
        review = decision(previous);
        result.history.push({
          ...ids,
          at: now,
          by: SYSTEM,
          action: 'carried-over',
          to: effectiveDate({ date: deadline.date, review }),
          reason: `Kept the review of the same ${deadline.kind} deadline on ${deadline.date} from the previous version of the document`,
        });
      } else {
        review = options.autoConfirm ? { status: 'confirmed', by: SYSTEM, at: now } : { status: 'proposed', at: now };
        result.history.push({
          ...ids,
          at: now,
          by: SYSTEM,
          action: options.autoConfirm ? 'auto-confirmed' : 'proposed',
          to: deadline.date,
        });
      }
      result.newReviews.push({ ...ids, ...review, kind: deadline.kind, computedDate: deadline.date });
    }
    result.deadlines.push(withReview(deadline, review, now));
  }
  return result;
}

/** The record with its review, passed or upcoming by the date that now applies. */
export function withReview(deadline: DeadlineRecord, review: DeadlineReview, now: string): DeadlineRecord {
  const date = effectiveDate({ date: deadline.date, review });
  const at = date === deadline.date ? deadline.at : null;
  const passed = deadlineEnds({ ...deadline, date, at }).toMillis() <= Date.parse(now);
  return { ...deadline, review, status: passed ? 'PASSED' : 'UPCOMING' };
}

export interface ReviewingDeps extends BaseDeps {
  reviews: ReviewRepository;
}

/** Reads the contract's reviews and the tenant's settings, stores what is new, returns the reviewed records. */
export async function applyReviews(
  deps: ReviewingDeps,
  tenantId: string,
  contractId: string,
  computed: DeadlineRecord[],
  now: string,
): Promise<DeadlineRecord[]> {
  const [stored, settings] = await Promise.all([deps.reviews.listReviews(tenantId, contractId), deps.reviews.getSettings(tenantId)]);
  const result = carryOverReviews(computed, stored, { autoConfirm: settings.autoConfirmDeadlines, now });
  await deps.reviews.addReviews(result.newReviews, result.history);
  return result.deadlines;
}
