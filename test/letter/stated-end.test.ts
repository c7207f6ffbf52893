/** A stated last day outranks a period the letter also mentions ("our 60 days' notice"). */
import { describe, expect, it } from 'vitest';
import { readEffective } from '../../lib/letter/effective.ts';
import { splitSentences } from '../../lib/letter/sentences.ts';

const effectiveDate = (text: string) => {
  const e = readEffective(splitSentences(text)).effective;
  return e?.kind === 'moment' ? e.moment.date : e?.kind;
};

describe('a letter that states its last day', () => {
  it.each([
    "Please treat this email as our 60 days' written notice that we are terminating the Agreement. Our last day of service will be December 14, 2026.",
    "This is our sixty (60) days' notice of termination. The termination date will be December 14, 2026.",
    "We give sixty days' notice of termination; the subscription will end on December 14, 2026.",
  ])('%s', (text) => {
    expect(effectiveDate(text)).toBe('2026-12-14');
  });
});
