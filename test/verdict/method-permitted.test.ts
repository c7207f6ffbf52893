/**
 * A notice sent only by a method the notices clause does not name: a passing verdict must not rest on it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = (notices: string) =>
  analyzeText(
    [
      'MASTER SERVICES AGREEMENT',
      'This Agreement is entered into as of March 1, 2024 by and between Northwind Analytics, Inc. ("Provider") and Harbor Freight Logistics LLC ("Customer").',
      "2.1 Customer may terminate this Agreement for any reason upon sixty (60) days' prior written notice to Provider.",
      `3. Notices. ${notices}`,
      '4. This Agreement shall be governed by the laws of the State of Texas.',
    ].join('\n\n'),
  );

const CLOSED =
  'All notices shall be in writing and shall be deemed given when delivered personally, one (1) business day after deposit with a nationally recognized overnight courier, or three (3) business days after being mailed by certified mail, return receipt requested.';

const letter = (via: string, effective: string) =>
  analyzeLetter({
    text: `Harbor Freight Logistics LLC\n\nOctober 14, 2026\n\n${via}\n\nNorthwind Analytics, Inc.\n\nRe: Notice of Termination\n\nHarbor Freight Logistics LLC hereby terminates the Master Services Agreement for convenience under Section 2.1, effective ${effective}.\n\nHarbor Freight Logistics LLC`,
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

const judge = (notices: string, via: string, effective = 'December 31, 2026') =>
  judgeLetter(agreement(notices), letter(via, effective), { defaultZone: 'UTC' });

describe('a notice sent by a method the agreement does not name', () => {
  it('needs review when the notice would otherwise comply', () => {
    const v = judge(CLOSED, 'Via email');
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(/sent by email, which the notices clause \(Section 3\) does not name/);
  });

  it('stays non-compliant when the notice is too short anyway', () => {
    expect(judge(CLOSED, 'Via email', 'November 1, 2026').status).toBe('NON_COMPLIANT');
  });

  it('complies when sent by a named method, any class of mail counting as mail', () => {
    expect(judge(CLOSED, 'Via FedEx overnight').status).toBe('COMPLIANT');
    expect(judge(CLOSED, 'Sent by registered mail').status).toBe('COMPLIANT');
  });

  it('complies when the clause names email or leaves the list open', () => {
    expect(judge(`${CLOSED} Notices sent by email are effective when sent.`, 'Via email').status).toBe('COMPLIANT');
    expect(
      judge(
        'Notices may be given by any means, including but not limited to personal delivery or courier, and are deemed given on receipt.',
        'Via email',
      ).status,
    ).toBe('COMPLIANT');
  });
});
