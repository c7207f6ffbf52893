import { describe, expect, it } from 'vitest';
import { alertText, deadlineTitle } from '../../lib/app/alert-text.ts';
import type { Deadline } from '../../lib/domain/types.ts';

const deadline = (extra: Partial<Deadline> = {}): Deadline => ({
  kind: 'non-renewal-notice',
  date: '2025-11-01',
  at: null,
  zone: 'America/New_York',
  section: '4.1',
  ...extra,
});

describe('alert text is computed when the alert is sent', () => {
  it('a catch-up alert sent on the day itself says "today", not "in 1 day"', () => {
    const text = alertText(deadline(), 'c-1', new Date('2025-11-01T14:00:00Z'));
    expect(text.daysRemaining).toBe(0);
    expect(text.subject).toBe('Last day to give notice of non-renewal today (Saturday 1 November 2025) — contract c-1');
  });

  it('counts days in the deadline zone: 23:30 in New York on 31 October is the day before', () => {
    // 03:30 UTC on 1 November is still 31 October in New York.
    expect(alertText(deadline(), 'c-1', new Date('2025-11-01T03:30:00Z')).subject).toMatch(/ tomorrow /);
  });

  it('a seven-day reminder sent two days late says "in 5 days"', () => {
    expect(alertText(deadline(), 'c-1', new Date('2025-10-27T12:00:00Z')).summary).toMatch(
      /^Last day to give notice of non-renewal in 5 days, on Saturday 1 November 2025/,
    );
  });

  it('uses the safe date where readings differ, and names the other date', () => {
    const text = alertText(deadline({ safeDate: '2025-10-31' }), 'c-2', new Date('2025-10-31T12:00:00Z'));
    expect(text.subject).toMatch(/today \(Friday 31 October 2025\)/);
    expect(text.summary).toMatch(/on another reading of the agreement, 2025-11-01/);
  });

  it.each([
    ['term-end', 'Term ends'],
    ['cure-period-end', 'Cure period ends'],
    ['termination-effective', 'Termination takes effect'],
    ['suspension-effective', 'Suspension takes effect'],
  ] as const)('%s has the plain title "%s", no code in the subject', (kind, title) => {
    expect(deadlineTitle(kind)).toBe(title);
    expect(alertText(deadline({ kind }), 'c-3', new Date('2025-10-01T12:00:00Z')).subject).not.toMatch(kind);
  });
});
