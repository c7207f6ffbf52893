import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAgreement, analyzeText } from '../../lib/contract/analyze.ts';

const AGREEMENT = [
  'MARKETING AFFILIATE AGREEMENT',
  '',
  'This Agreement is made as of May 8, 2014 (the "Effective Date") by and between Birch First Global Investments Inc., a Delaware corporation ("Company"), and Mount Kowledge Holdings Inc. ("Marketing Affiliate", "MA").',
  '',
  'WHEREAS, Company wishes to appoint MA; NOW, THEREFORE, the parties hereby agree as follows:',
  '',
  '1. Term. The term of this Agreement shall be two (2) years from the Effective Date and shall be automatically renewed for successive one (1) year periods.',
  '',
  '2. Governing Law. This Agreement shall be governed by the laws of the State of Texas.',
  '',
  '3. Notices. Notices received after 5:00 p.m. Central Time are deemed received on the next business day.',
].join('\n');

describe('analyzeAgreement', () => {
  it('composes parties, term, renewal, governing law and zone', () => {
    const analysis = analyzeText(AGREEMENT);
    expect(analysis.kind).toBe('agreement');
    expect(analysis.parties.map((p) => p.aliases[0])).toEqual(['Company', 'Marketing Affiliate']);
    expect(analysis.term).toMatchObject({
      agreementDate: '2014-05-08',
      effectiveDate: '2014-05-08',
      expirationDate: '2016-05-07',
      renewal: { type: 'automatic' },
    });
    expect(analysis.governingLaw).toBe('US-TX');
    expect(analysis.zone).toBe('America/Chicago');
  });

  it('cites each provision to its section and page, sorted by offset', () => {
    const secondPage = AGREEMENT.indexOf('2. Governing Law');
    const analysis = analyzeAgreement({ text: AGREEMENT, pages: 2, pageStarts: [0, secondPage], format: 'pdf' });
    const starts = analysis.provisions.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(analysis.provisions.find((p) => p.type === 'term')).toMatchObject({ section: '1', heading: 'Term', page: 1 });
    expect(analysis.provisions.find((p) => p.type === 'governing-law')).toMatchObject({ section: '2', jurisdiction: 'US-TX', page: 2 });
  });

  it('never throws on arbitrary text', () => {
    const contractish = fc.stringMatching(/^[ \n().,;:"0-9a-zA-Z*[\]-]{0,400}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), contractish), (text) => {
        const analysis = analyzeText(text);
        expect(Array.isArray(analysis.provisions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on clause fragments spliced together', () => {
    const fragments = AGREEMENT.split(/(?<=[ .\n])/);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 80 }), (parts) => {
        expect(() => analyzeText(parts.join(''))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
