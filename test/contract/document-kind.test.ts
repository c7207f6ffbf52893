import { describe, expect, it } from 'vitest';
import { documentKind } from '../../lib/contract/document-kind.ts';

describe('documentKind', () => {
  it('recognises an agreement', () => {
    const text =
      'MAINTENANCE AGREEMENT\n\nThis Agreement is made by and between A Inc. and B Inc.\n\nWHEREAS, the parties wish to ...\n\nNOW, THEREFORE, the parties hereby agree as follows:';
    expect(documentKind(text)).toBe('agreement');
  });
  it('recognises a notice letter that quotes the agreement', () => {
    const text =
      'March 3, 2024\n\nRe: Notice of non-renewal of the Master Services Agreement\n\nDear Ms. Lee,\n\nPursuant to Section 7.2 of the Agreement by and between Acme and Cloudline, we give notice that we will not renew.\n\nSincerely,\nAcme Corp.';
    expect(documentKind(text)).toBe('letter');
  });
  it('gives unknown for other text', () => {
    expect(documentKind('Shopping list: milk, eggs.')).toBe('unknown');
  });
  it('recognises an agreement whose preamble defines "the Agreement" between the title and "made as of"', () => {
    const text =
      'SOFTWARE SUBSCRIPTION AGREEMENT\n\nThis Software Subscription Agreement (the "Agreement") is made as of January 1, 2022 (the "Effective Date") between Lumenfold Software Corp. ("Lumenfold") and Marisol Foods, Inc. ("Subscriber").\n\n1. SUBSCRIPTION\n\n1.1 Grant. Lumenfold grants Subscriber a right to use the platform.';
    expect(documentKind(text)).toBe('agreement');
  });
  it('recognises an agreement with a spaced exhibit title line and "agree as follows"', () => {
    const text =
      'EXHIBIT 10.26                                       MICOA                                 AGENCY AGREEMENT\n\n         Mutual Insurance Corporation of America (MICOA) and Stratton Agency, Inc. ("Agency") (sometimes referred to as the Parties) agree as follows:\n\nA. AUTHORITY OF AGENCY';
    expect(documentKind(text)).toBe('agreement');
  });
});
