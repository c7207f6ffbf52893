import { describe, expect, it } from 'vitest';
import { marginWords } from '../../../lib/cli/format/verdict-report.ts';

describe('marginWords', () => {
  it.each([
    [{ days: 7, earliestCompliantDate: '2024-05-02' }, '7 days to spare (earliest compliant date 2024-05-02)'],
    [{ days: 0, earliestCompliantDate: '2024-05-02' }, 'no days to spare (earliest compliant date 2024-05-02)'],
    [{ days: -1, earliestCompliantDate: '2024-05-02' }, '1 day short (earliest compliant date 2024-05-02)'],
    [{ days: -16, earliestCompliantDate: null, lastNoticeDate: '2024-12-31' }, '16 days late (last day for notice 2024-12-31)'],
  ])('%j reads "%s"', (margin, words) => {
    expect(marginWords(margin)).toBe(words);
  });

  it('says nothing when there is no margin', () => {
    expect(marginWords(null)).toBeNull();
  });
});
