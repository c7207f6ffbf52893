import { describe, expect, it } from 'vitest';
import { toIcs } from '../../lib/app/deadlines-ics.ts';
import type { DeadlineView } from '../../lib/app/contract-queries.ts';

const deadline: DeadlineView = {
  kind: 'non-renewal-notice',
  date: '2025-03-31',
  at: null,
  zone: 'America/Chicago',
  section: '2.2',
  text: 'at least sixty (60) days prior',
  contractId: 'hosting',
  deadlineId: 'abc',
  status: 'UPCOMING',
  sourceDocumentId: 'a1',
};

describe('toIcs', () => {
  it('one all-day event per deadline, with a stable UID and reminders before it', () => {
    const ics = toIcs([deadline], [30, 7, 0]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('UID:abc.hosting@contract-notice-checker');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20250331/);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics).toContain('TRIGGER:-P30D');
  });

  it('an empty feed is still a calendar', () => {
    expect(toIcs([], [30])).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\s*$/);
  });
});
