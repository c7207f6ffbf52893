/** Who holds a right, read from the sentence that grants it. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';

const rights = (clause: string) =>
  analyzeText(
    `SERVICES AGREEMENT\n\nThis Agreement is entered into as of March 2, 2026 between Copperline Systems Inc. ("Provider") and Wrenfield Dental Group LLC ("Client").\n\n9.2 ${clause}\n\n14. This Agreement shall be governed by the laws of the State of Oregon.`,
  )
    .provisions.filter((p) => p.type === 'termination-for-convenience')
    .map((p) => ({ party: p.party, amount: p.notice?.amount, unit: p.notice?.unit }));

describe('the holder of a right is the party that may act, not the one notified', () => {
  it.each([
    ["Provider may, upon thirty (30) days' written notice to Client, terminate this Agreement for convenience.", 'Copperline Systems Inc.'],
    [
      'Client may, after notifying Provider in writing sixty (60) days in advance, terminate this Agreement for any reason.',
      'Wrenfield Dental Group LLC',
    ],
    ["Provider may terminate this Agreement at any time on thirty (30) days' written notice to Client.", 'Copperline Systems Inc.'],
  ])('%s', (clause, holder) => {
    expect(rights(clause).map((r) => r.party)).toEqual([holder]);
  });
});

describe('one sentence that gives each party its own period is two rights', () => {
  it('splits at the second holder and keeps each period with its holder', () => {
    expect(
      rights(
        "Client may terminate this Agreement for convenience on thirty (30) days' written notice and Provider may terminate this Agreement for convenience on six (6) months' written notice.",
      ),
    ).toEqual([
      { party: 'Wrenfield Dental Group LLC', amount: 30, unit: 'day' },
      { party: 'Copperline Systems Inc.', amount: 6, unit: 'month' },
    ]);
  });

  it('leaves one holder with two periods as one sentence ("and shall pay" is not a second right)', () => {
    expect(
      rights(
        "Client may terminate this Agreement for convenience on thirty (30) days' written notice and Client shall pay all fees accrued.",
      ),
    ).toEqual([{ party: 'Wrenfield Dental Group LLC', amount: 30, unit: 'day' }]);
  });
});
