/**
 * A letter that does not say how it went. The agreement allows email (received when sent) and certified mail
 * (received three business days after mailing); the verdict takes the earliest receipt but must not rest on it
 * when the slower method would change the answer.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = analyzeText(
  [
    'SOFTWARE SUBSCRIPTION AGREEMENT',
    'This Agreement is made between Orchid Metrics Inc., a Delaware corporation ("Vendor"), and Tallgrass Foods LLC ("Subscriber").',
    '7.1 Subscriber may terminate this Agreement for convenience upon thirty (30) days\u2019 prior written notice to Vendor.',
    '12. Notices. Notices shall be given by email, which shall be effective when sent, or by certified mail, return receipt requested, which shall be deemed received three (3) business days after mailing.',
    '13. This Agreement is governed by the laws of the State of Illinois.',
  ].join('\n\n'),
);

const letter = (dated: string, effective: string, via: string | null) =>
  analyzeLetter({
    text: [
      'Tallgrass Foods LLC',
      '',
      dated,
      ...(via ? ['', via] : []),
      '',
      'Orchid Metrics Inc.',
      '',
      'Re: Notice of Termination',
      '',
      `Tallgrass Foods LLC hereby terminates the Software Subscription Agreement under Section 7.1, effective ${effective}.`,
      '',
      'Sincerely,',
      'Tallgrass Foods LLC',
    ].join('\n'),
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

const judge = (dated: string, effective: string, via: string | null) =>
  judgeLetter(agreement, letter(dated, effective, via), { defaultZone: 'UTC' });

describe('a letter that does not say how it was sent', () => {
  it('needs review when certified mail would make the notice short', () => {
    // Thursday 1 October 2026: by email received that day (30 days: 31 October); by certified mail received
    // Tuesday 6 October (30 days: 5 November).
    const v = judge('October 1, 2026', 'November 2, 2026', null);
    expect(v.status).toBe('NEEDS_REVIEW');
    expect(v.reviewReasons?.join(' ')).toMatch(/does not say how it was sent.*2026-10-01.*certified mail on 2026-10-06/);
  });

  it('is compliant when even the slowest method gives enough notice', () => {
    expect(judge('October 1, 2026', 'November 30, 2026', null).status).toBe('COMPLIANT');
  });

  it('is judged by its stated method when it gives one', () => {
    expect(judge('October 1, 2026', 'November 2, 2026', 'Via email').status).toBe('COMPLIANT');
    expect(judge('October 1, 2026', 'November 2, 2026', 'Via certified mail, return receipt requested').status).toBe('NON_COMPLIANT');
  });
});
