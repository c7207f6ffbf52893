/**
 * A minimum term before a termination for convenience may take effect (a lock-in): the notice can be long
 * enough and the termination still premature.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = (right: string) =>
  analyzeText(
    [
      'SOFTWARE AS A SERVICE AGREEMENT',
      'This Agreement is entered into as of May 1, 2025 (the "Effective Date") between Lumen Ledger Corp. ("Lumen") and Pinecrest Medical Group, P.C. ("Client").',
      '8.1 Term. The term of this Agreement begins on the Effective Date and continues through April 30, 2028.',
      `8.2 ${right}`,
      '8.3 Notices. Notices shall be sent by email and shall be effective upon transmission.',
      '9. This Agreement is governed by the laws of the State of California.',
    ].join('\n\n'),
  );

const letter = (sent: string, effective: string) =>
  analyzeLetter({
    text: `Pinecrest Medical Group, P.C.\n\n${sent}\n\nVia email\n\nLumen Ledger Corp.\n\nRe: Notice of Termination\n\nPinecrest Medical Group, P.C. hereby terminates the Agreement for convenience under Section 8.2, effective ${effective}.\n\nPinecrest Medical Group, P.C.`,
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

describe('a termination that may not take effect before a day', () => {
  it.each([
    [
      "Client may terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen; provided, however, that no such termination shall be effective prior to the first anniversary of the Effective Date.",
      '2026-05-01',
    ],
    [
      "Client may, at any time after the first twelve (12) months of the Term, terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen.",
      '2026-05-01',
    ],
    [
      "Client may terminate this Agreement for any reason upon ninety (90) days' prior written notice to Lumen; provided that no such termination shall be effective prior to the end of the first twelve (12) months of the Term.",
      '2026-05-01',
    ],
    [
      "Client may terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen, but such termination shall not take effect before June 30, 2026.",
      '2026-06-30',
    ],
  ])('%s', (right, floor) => {
    const a = agreement(right);
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notEffectiveBefore?.date).toBe(floor);
    // Ninety days from 2 January 2026 is 2 April 2026: long enough notice, but before the floor.
    const early = judgeLetter(a, letter('January 2, 2026', 'April 15, 2026'), { defaultZone: 'UTC' });
    expect(early.status).toBe('NON_COMPLIANT');
    expect(early.earliestCompliantDate).toBe(floor);
    const onTime = judgeLetter(a, letter('January 2, 2026', 'July 1, 2026'), { defaultZone: 'UTC' });
    expect(onTime.status).toBe('COMPLIANT');
  });

  it('needs review when the day cannot be fixed from the agreement', () => {
    const a = agreement(
      "Client may terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen; provided that no such termination shall be effective prior to the Go-Live Date.",
    );
    const v = judgeLetter(a, letter('January 2, 2026', 'July 1, 2026'), { defaultZone: 'UTC' });
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(/before the Go-Live Date/);
  });

  it('keeps a notice that is too short anyway NON_COMPLIANT, saying the unfixed day may move it later', () => {
    const a = agreement(
      "Client may terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen; provided that no such termination shall be effective prior to the Go-Live Date.",
    );
    // Ninety days from 2 January 2026 is 2 April 2026; a 1 March termination is short whatever the Go-Live Date.
    const v = judgeLetter(a, letter('January 2, 2026', 'March 1, 2026'), { defaultZone: 'UTC' });
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.earliestCompliantDate).toBe('2026-04-02');
    expect(v.explanation.join(' ')).toMatch(
      /Go-Live Date, and the agreement does not fix that day; the earliest effective date may be later still/,
    );
  });

  // A right limited by a proviso in the same sentence keeps the right: the proviso is its lock-in. "May not
  // terminate before" may also bar giving notice before that day: where that reading changes the answer, review.
  it.each([
    "Client may terminate this Agreement at any time, with or without cause, on ninety (90) days' prior written notice to Lumen, but Client may not terminate under this Section 8.2 before the first anniversary of the Effective Date.",
    "Neither party may terminate this Agreement before the first anniversary of the Effective Date, but Client may terminate it thereafter on ninety (90) days' prior written notice to Lumen.",
  ])('%s', (right) => {
    const a = agreement(right);
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notEffectiveBefore).toMatchObject({
      date: '2026-05-01',
      exercise: true,
    });
    expect(judgeLetter(a, letter('January 2, 2026', 'April 15, 2026'), { defaultZone: 'UTC' }).status).toBe('NON_COMPLIANT');
    // Effective after the anniversary, but notice was given before it: only the first reading allows it.
    const between = judgeLetter(a, letter('January 2, 2026', 'July 1, 2026'), { defaultZone: 'UTC' });
    expect(between.status).toBe('NEEDS_REVIEW');
    expect(between.reviewReasons?.join(' ')).toMatch(/takes effect no earlier than 2026-07-30/);
    // Late enough under both readings.
    expect(judgeLetter(a, letter('January 2, 2026', 'August 1, 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
    // Notice given after the anniversary: the readings agree.
    expect(judgeLetter(a, letter('May 4, 2026', 'August 3, 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
  });

  it('needs review when the lock-in binds one holder of a mutual right', () => {
    const a = agreement(
      "Either party may terminate this Agreement at any time on ninety (90) days' prior written notice; provided, however, that Lumen may not terminate under this Section 8.2 before the first anniversary of the Effective Date.",
    );
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notEffectiveBefore).toMatchObject({
      date: '2026-05-01',
      holder: 'Lumen',
    });
    const v = judgeLetter(a, letter('January 2, 2026', 'April 15, 2026'), { defaultZone: 'UTC' });
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(/Lumen may not terminate before the first anniversary of the Effective Date \(2026-05-01\)/);
  });

  it('leaves a right without a lock-in alone', () => {
    const a = agreement("Client may terminate this Agreement for convenience upon ninety (90) days' prior written notice to Lumen.");
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notEffectiveBefore).toBeUndefined();
    expect(judgeLetter(a, letter('January 2, 2026', 'April 15, 2026'), { defaultZone: 'UTC' }).status).toBe('COMPLIANT');
  });
});
