/** A refresh gives each computed deadline its review: kept by id, carried over by kind and date, else new. */
import { describe, expect, it } from 'vitest';
import { toDeadlineRecord } from '../../lib/app/deadline-schedule.ts';
import type { DeadlineRecord } from '../../lib/app/records.ts';
import type { StoredReview } from '../../lib/app/review-records.ts';
import { carryOverReviews } from '../../lib/app/review-carry-over.ts';

const NOW = '2026-01-10T12:00:00Z';
const ids = { tenantId: 'acme', contractId: 'hosting', sourceDocumentId: 'a2' };
const record = (date: string, section: string): DeadlineRecord =>
  toDeadlineRecord({ kind: 'non-renewal-notice', date, at: null, zone: 'UTC', section }, ids, NOW);
const stored = (of: DeadlineRecord, review: Partial<StoredReview>): StoredReview => ({
  tenantId: 'acme',
  contractId: 'hosting',
  deadlineId: of.deadlineId,
  kind: of.kind,
  computedDate: of.date,
  status: 'confirmed',
  by: 'ana@example.com',
  at: '2026-01-05T09:00:00Z',
  ...review,
});

describe('carryOverReviews', () => {
  it('the same deadline keeps its review and writes nothing new', () => {
    const deadline = record('2026-03-02', '2.2');
    const result = carryOverReviews([deadline], [stored(deadline, {})], { autoConfirm: false, now: NOW });
    expect(result.deadlines[0]?.review).toMatchObject({ status: 'confirmed', by: 'ana@example.com' });
    expect(result.newReviews).toEqual([]);
    expect(result.history).toEqual([]);
  });

  it('a renumbered section (new id, same kind and date) keeps the confirmation, and says so in the history', () => {
    const before = record('2026-03-02', '2.2');
    const after = record('2026-03-02', '3.2');
    expect(after.deadlineId).not.toBe(before.deadlineId);
    const result = carryOverReviews([after], [stored(before, {})], { autoConfirm: false, now: NOW });
    expect(result.deadlines[0]?.review?.status).toBe('confirmed');
    expect(result.newReviews).toMatchObject([{ deadlineId: after.deadlineId, status: 'confirmed' }]);
    expect(result.history).toMatchObject([{ action: 'carried-over', by: 'system', deadlineId: after.deadlineId }]);
  });

  it('a correction carried over keeps its corrected date', () => {
    const before = record('2026-03-02', '2.2');
    const after = record('2026-03-02', '3.2');
    const result = carryOverReviews([after], [stored(before, { status: 'corrected', date: '2026-02-20', reason: 'amendment' })], {
      autoConfirm: false,
      now: NOW,
    });
    expect(result.deadlines[0]?.review).toMatchObject({ status: 'corrected', date: '2026-02-20' });
  });

  it('a deadline whose computed date changed is proposed again: the old confirmation was about another date', () => {
    const before = record('2026-03-02', '2.2');
    const moved = record('2026-04-01', '2.2');
    const result = carryOverReviews([moved], [stored(before, {})], { autoConfirm: false, now: NOW });
    expect(result.deadlines[0]?.review?.status).toBe('proposed');
    expect(result.history).toMatchObject([{ action: 'proposed', to: '2026-04-01' }]);
  });

  it('a review still attached to a computed deadline is not moved to another one', () => {
    const kept = record('2026-03-02', '2.2');
    const twin = record('2026-03-02', '7.1');
    const result = carryOverReviews([kept, twin], [stored(kept, {})], { autoConfirm: false, now: NOW });
    expect(result.deadlines.map((d) => d.review?.status)).toEqual(['confirmed', 'proposed']);
  });

  it('with auto-confirm on, new deadlines start confirmed by the system', () => {
    const result = carryOverReviews([record('2026-03-02', '2.2')], [], { autoConfirm: true, now: NOW });
    expect(result.deadlines[0]?.review).toEqual({ status: 'confirmed', by: 'system', at: NOW });
    expect(result.history).toMatchObject([{ action: 'auto-confirmed' }]);
  });

  it('a deadline corrected to a day already over is passed, whatever the computed date says', () => {
    const deadline = record('2026-03-02', '2.2');
    const result = carryOverReviews([deadline], [stored(deadline, { status: 'corrected', date: '2026-01-02' })], {
      autoConfirm: false,
      now: NOW,
    });
    expect(result.deadlines[0]?.status).toBe('PASSED');
  });
});
