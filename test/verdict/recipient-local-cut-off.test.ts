/**
 * "Notices sent by email after 5:00 p.m. (recipient's local time) ... are deemed received on the next Business
 * Day": the cut-off is the recipient's clock, not the sender's. An email sent at 2:00 p.m. in New York reaches
 * London at 7:00 p.m., after the cut-off there.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { zoneOfAddress } from '../../lib/letter/address-zone.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { judgeLetter } from '../../lib/verdict/judge.ts';

const agreement = (notices: string) =>
  analyzeText(
    [
      'MASTER SERVICES AGREEMENT',
      'This Master Services Agreement is entered into as of January 5, 2026 by and between Harbor Point Analytics, Inc., a Delaware corporation ("Provider"), and Wexcombe Retail Limited, a company incorporated in England and Wales ("Customer").',
      "1. Termination for Convenience. Either party may terminate this Agreement for convenience upon thirty (30) days' prior written notice to the other party.",
      `2. Notices. ${notices}`,
      '3. Governing Law. This Agreement is governed by the laws of the State of New York.',
    ].join('\n\n'),
  );

const letter = (recipientAddress: string[], sentLine: string) =>
  analyzeLetter({
    text: [
      'Harbor Point Analytics, Inc.',
      '',
      sentLine,
      '',
      'Wexcombe Retail Limited',
      ...recipientAddress,
      '',
      'Re: Notice of termination',
      '',
      'Dear Sirs,',
      '',
      'Pursuant to Section 1 of the Master Services Agreement, Harbor Point Analytics, Inc. hereby terminates the Agreement for convenience, effective April 2, 2026.',
      '',
      'Sincerely,',
      'Harbor Point Analytics, Inc.',
    ].join('\n'),
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  });

const CUT_OFF =
  "Notices sent by email after 5:00 p.m. (recipient's local time) or on a day that is not a Business Day are deemed received on the next Business Day; otherwise notices sent by email are effective when sent.";

describe("email cut-off in the recipient's local time", () => {
  it('reads the place of an address', () => {
    expect(zoneOfAddress('12 Old Jewry\nLondon EC2R 8DN\nUnited Kingdom')).toBe('Europe/London');
    expect(zoneOfAddress('1600 Larimer Street, Denver, CO 80202')).toBe('America/Denver');
    expect(zoneOfAddress('Suite 12, Building 4')).toBeNull();
  });

  it('applies the cut-off on the recipient’s clock when the letter gives a London address', () => {
    // 2:00 p.m. Eastern on Monday March 2 is 7:00 p.m. in London: received Tuesday March 3; April 2 is 30 days after.
    const v = judgeLetter(
      agreement(CUT_OFF),
      letter(['12 Old Jewry', 'London EC2R 8DN'], 'Sent by email on March 2, 2026 at 2:00 p.m. Eastern Time'),
      { defaultZone: 'UTC' },
    );
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2026-03-03');
    expect(v.status).toBe('COMPLIANT');
    expect(v.explanation.join(' ')).toMatch(/recipient's local time \(Europe\/London\)/);
  });

  it('applies the cut-off at the sender’s hour when the recipient is in the same zone', () => {
    const v = judgeLetter(
      agreement(CUT_OFF),
      letter(['350 Fifth Avenue', 'New York, NY 10118'], 'Sent by email on March 2, 2026 at 2:00 p.m. Eastern Time'),
      { defaultZone: 'UTC' },
    );
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2026-03-02');
  });

  it('asks for review when the recipient’s zone is unknown and the zone chosen decides the answer', () => {
    // 3:30 p.m. Pacific is before 5 p.m. in Los Angeles (received March 3) but after it in New York (March 4);
    // April 2 is thirty days after March 3 only.
    const v = judgeLetter(agreement(CUT_OFF), letter([], 'Sent by email on March 3, 2026 at 3:30 p.m. Pacific Time'), {
      defaultZone: 'UTC',
    });
    expect(v.status).toBe('NEEDS_REVIEW');
    expect((v.reviewReasons ?? []).join(' ')).toMatch(/recipient's address is not given/);
  });

  it('keeps the sender’s clock where the clause does not speak of the recipient’s time', () => {
    const v = judgeLetter(
      agreement(
        'Notices sent by email after 5:00 p.m. or on a day that is not a Business Day are deemed received on the next Business Day; otherwise notices sent by email are effective when sent.',
      ),
      letter(['12 Old Jewry', 'London EC2R 8DN'], 'Sent by email on March 2, 2026 at 2:00 p.m. Eastern Time'),
      { defaultZone: 'UTC' },
    );
    expect(v.noticeReceivedAt?.slice(0, 10)).toBe('2026-03-02');
  });
});
