/**
 * "Clear days": neither the day notice is given nor the day the action takes effect counts, so N clear
 * days end one day later than N ordinary days (Re Hector Whaling Ltd [1936] Ch 208).
 */
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { parsePeriod } from '../../lib/contract/periods.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { addPeriod } from '../../lib/time/add-period.ts';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { latestNoticeDay } from '../../lib/time/count-backward.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const gb = businessCalendar('GB');
const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' });

describe('clear days in the wording', () => {
  it.each([
    ["thirty (30) clear days' written notice", 30, 'day'],
    ['14 clear days', 14, 'day'],
    ['five (5) clear Business Days', 5, 'business-day'],
    ['two clear weeks', 2, 'week'],
  ])('"%s" is %i clear %s', (text, amount, unit) => {
    expect(parsePeriod(text)).toMatchObject({ amount, unit, clear: true });
  });

  it.each(["thirty (30) days' written notice", 'a clear and conspicuous notice of thirty (30) days', 'unclear 30 days'])(
    '"%s" is not clear days',
    (text) => {
      expect(parsePeriod(text)?.clear).toBeUndefined();
    },
  );
});

describe('counting clear days', () => {
  it('ends a day after the same number of ordinary days, and names the rule', () => {
    const ordinary = addPeriod(day('2026-03-02'), { amount: 14, unit: 'day' }, gb);
    const clear = addPeriod(day('2026-03-02'), { amount: 14, unit: 'day', clear: true }, gb);
    expect(ordinary.lastDay).toBe('2026-03-16');
    expect(clear.lastDay).toBe('2026-03-17');
    expect(clear.rules).toContain('clear-days');
    expect(ordinary.rules).not.toContain('clear-days');
  });

  it('counting back, notice must be given a day earlier', () => {
    // 30 clear days before 31 December: 1–30 December are the clear days, so notice by 30 November.
    expect(latestNoticeDay(day('2026-12-31'), { amount: 30, unit: 'day' }, gb).lastDay).toBe('2026-12-01');
    expect(latestNoticeDay(day('2026-12-31'), { amount: 30, unit: 'day', clear: true }, gb).lastDay).toBe('2026-11-30');
  });

  it('leaves months alone (a month is not counted in days)', () => {
    expect(addPeriod(day('2026-01-15'), { amount: 1, unit: 'month', clear: true }, gb).lastDay).toBe('2026-02-15');
  });
});

describe('a letter judged against a clear-days right', () => {
  const agreement = (notice: string) =>
    analyzeText(
      [
        'SERVICES AGREEMENT',
        'This Agreement is made on 1 April 2025 (the "Effective Date") between Harrow Data Services Limited ("Supplier") and Kestrel Foods Limited ("Customer").',
        '12.1 Term. This Agreement shall continue until terminated in accordance with this clause 12.',
        `12.2 Either party may terminate this Agreement for convenience by giving ${notice} written notice to the other party.`,
        '14. Notices. Any notice shall be delivered by hand and shall be deemed received on delivery.',
        '15. This Agreement is governed by the laws of England and Wales.',
      ].join('\n\n'),
    );
  const letter = analyzeLetter({
    text: 'Kestrel Foods Limited\n\n2 March 2026\n\nBy hand\n\nHarrow Data Services Limited\n\nRe: Notice of termination\n\nKestrel Foods Limited hereby terminates the Agreement for convenience under clause 12.2, with effect from 16 March 2026.\n\nKestrel Foods Limited',
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

  it('fourteen ordinary days from 2 March allow 16 March', () => {
    const v = judgeLetter(agreement("not less than fourteen (14) days'"), letter, { defaultZone: 'Europe/London' });
    expect(v.status).toBe('COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2026-03-16');
  });

  it('fourteen clear days from 2 March make 16 March a day early', () => {
    const v = judgeLetter(agreement("not less than fourteen (14) clear days'"), letter, { defaultZone: 'Europe/London' });
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2026-03-17');
    expect(v.rules.join(' ')).toMatch(/clear-days: /);
  });
});
