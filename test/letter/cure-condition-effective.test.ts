/**
 * A notice that states its action outright and only then its cure ("will suspend on June 12 unless payment is
 * received") takes effect on the stated day; a sentence that only threatens ("we may suspend", "if you do not
 * pay, we will consider suspension") states no effective day.
 */
import { describe, expect, it } from 'vitest';
import { operativeBeforeCondition, readEffective } from '../../lib/letter/effective.ts';
import { splitSentences } from '../../lib/letter/sentences.ts';

const effectiveDate = (text: string) => {
  const e = readEffective(splitSentences(text)).effective;
  return e?.kind === 'moment' ? e.moment.date : (e?.kind ?? null);
};

describe('an action stated outright, followed by its cure', () => {
  it.each([
    'Under Section 8.4, Northwind will suspend your access to the Services on June 12, 2025 unless payment is received before then.',
    'Your account will be suspended on June 12, 2025 if the outstanding balance of $4,210.00 is not paid in full by June 10, 2025.',
    'Accordingly, we shall terminate the Order Form on June 12, 2025, unless the overdue fees are paid beforehand.',
  ])('%s', (text) => {
    expect(effectiveDate(text)).toBe('2025-06-12');
  });
});

describe('a threat or a reservation is not an effective day', () => {
  it.each([
    'If payment is not received by June 12, 2025, we will suspend your access.',
    'We may suspend the Services on June 12, 2025 should the invoice remain unpaid.',
    'Unless the breach is cured, we reserve the right to terminate on June 12, 2025.',
  ])('%s', (text) => {
    expect(effectiveDate(text)).toBeNull();
  });

  it('keeps only the words before the condition', () => {
    expect(operativeBeforeCondition('We will suspend your access on June 12, 2025 unless payment is received.')).toBe(
      'We will suspend your access on June 12, 2025 ',
    );
    expect(operativeBeforeCondition('If you do not pay, we will suspend your access on June 12, 2025.')).toBeNull();
  });
});
