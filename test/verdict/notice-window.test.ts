/**
 * A non-renewal notice must arrive inside the agreement's window: early is as bad as late, the deadline list
 * says when the window opens, and a reminder sent before it opens says so.
 */
import { describe, expect, it } from 'vitest';
import { alertText } from '../../lib/app/alert-text.ts';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { agreementDeadlines } from '../../lib/verdict/agreement-deadlines.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

// The term ends on 31 December 2026 on every reading ("through December 31, 2026"), so only the window is tested.
const agreement = analyzeText(
  [
    'EQUIPMENT MAINTENANCE AGREEMENT',
    'This Agreement is made as of January 1, 2025 by and between Granite Lift Services, Inc. ("Contractor") and Willow Court Residences LLC ("Owner").',
    '3. Term. This Agreement shall remain in effect from January 1, 2025 through December 31, 2026. It shall automatically renew for additional one-year terms unless Owner notifies Contractor in writing of its election not to renew not less than sixty (60) days nor more than one hundred twenty (120) days before the end of the then-current term.',
    '9. Notices. Notices shall be sent by email and are effective when sent.',
    '12. This Agreement shall be governed by the laws of the State of Illinois.',
  ].join('\n\n'),
);

const judge = (sent: string) =>
  judgeLetter(
    agreement,
    analyzeLetter({
      text: `Willow Court Residences LLC\n\n${sent}\n\nVia email\n\nGranite Lift Services, Inc.\n\nRe: Notice of Non-Renewal\n\nWillow Court Residences LLC hereby gives notice of its election not to renew the Equipment Maintenance Agreement under Section 3.\n\nWillow Court Residences LLC`,
      pages: 1,
      pageStarts: [0],
      format: 'txt',
    }),
    { defaultZone: 'UTC' },
  );

describe('a non-renewal notice window of 60 to 120 days', () => {
  // 120 days before 31 December 2026 is 2 September; 60 days before is 1 November.
  it('is premature the day before the window opens', () => {
    const v = judge('September 1, 2026');
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.explanation[0]).toMatch(/opened on 2026-09-02, so it is premature/);
    expect(v.rules.join(' ')).toMatch(/Notice window|window/);
  });

  it('complies on the first and the last day of the window', () => {
    expect(judge('September 2, 2026').status).toBe('COMPLIANT');
    expect(judge('November 1, 2026').status).toBe('COMPLIANT');
  });

  it('is late the day after the window closes', () => {
    expect(judge('November 2, 2026').status).toBe('NON_COMPLIANT');
  });

  it('lists one deadline per cycle with the day the window opens', () => {
    const deadlines = agreementDeadlines(agreement, { now: '2026-06-01T00:00:00Z', defaultZone: 'UTC' }).filter(
      (d) => d.kind === 'non-renewal-notice',
    );
    expect(deadlines.map((d) => [d.date, d.notBefore])).toEqual([
      ['2026-11-01', '2026-09-02'],
      ['2027-11-01', '2027-09-02'],
    ]);
  });

  it('warns in a reminder sent before the window opens, and not in one sent after', () => {
    const [deadline] = agreementDeadlines(agreement, { now: '2026-06-01T00:00:00Z', defaultZone: 'UTC' }).filter(
      (d) => d.kind === 'non-renewal-notice',
    );
    if (!deadline) throw new Error('no deadline');
    expect(alertText(deadline, 'c-1', new Date('2026-08-20T09:00:00Z')).summary).toMatch(
      /must not be received before Wednesday 2 September 2026/,
    );
    expect(alertText(deadline, 'c-1', new Date('2026-10-20T09:00:00Z')).summary).not.toMatch(/must not be received/);
  });
});
