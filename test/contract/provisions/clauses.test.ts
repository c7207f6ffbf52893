import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../lib/contract/provisions/clauses.ts';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('does not end a sentence at "Inc.", "U.S." or a section number', () => {
    const text = 'Birch First Global Investments Inc. shall pay U.S. dollars under Section 7.2 hereof. The term is one year.';
    expect(sentencesOf(text)).toEqual([
      'Birch First Global Investments Inc. shall pay U.S. dollars under Section 7.2 hereof.',
      'The term is one year.',
    ]);
  });

  it('ends a sentence after "Exhibit D." when the next one starts', () => {
    expect(sentencesOf('amounts payable pursuant to Section 6(b) and Exhibit D. In the event of a default, X applies.')).toHaveLength(2);
  });

  it('keeps a sentence whole across a page break inside it', () => {
    const text = 'Thereafter, this\n\n\n\n   Agreement shall be effective month to month, until terminated by Transporter.';
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it('starts a new sentence at a numbered section on a new line', () => {
    expect(sentencesOf('2. Term and Termination\n2.1 The Initial Term is one year.')).toHaveLength(2);
  });
});

describe('splitClauses', () => {
  it('splits enumerated items and keeps the words that introduce them', () => {
    const text =
      'Either party may terminate this Agreement prior to expiration of the Term: (i) upon thirty (30) days prior written notice, or (ii) immediately upon written notice to the other party if: (a) the other party declares insolvency; (b) the other party reorganizes under the bankruptcy act.';
    const units = splitClauses(text);
    // (ii)'s own limbs (a) and (b) are read each with (ii)'s words before them.
    expect(units.map((u) => text.slice(u.start, u.end).trim().slice(0, 4))).toEqual(['(i) ', '(a) ', '(b) ']);
    expect(units.every((u) => u.leadIn !== null && text.slice(u.leadIn.start, u.leadIn.end).startsWith('Either party may terminate'))).toBe(
      true,
    );
    expect(units.map((u) => (u.itemLead ? text.slice(u.itemLead.start, u.itemLead.end).trim() : null))).toEqual([
      null,
      '(ii) immediately upon written notice to the other party if:',
      '(ii) immediately upon written notice to the other party if:',
    ]);
  });

  it('reads the limbs of each item of a nested list with that item’s words', () => {
    const text =
      "This Agreement shall be terminable (a) by the Licensor (i) at any time in the event of a Third Party Claim or (ii) upon sixty (60) days' written notice or (b) by the Licensee (i) at any time in the event of an unauthorised assignment or (ii) upon ninety (90) days' written notice.";
    const units = splitClauses(text);
    const read = units.map((u) => `${u.itemLead ? text.slice(u.itemLead.start, u.itemLead.end) : ''}${text.slice(u.start, u.end)}`.trim());
    expect(read.map((r) => r.slice(0, 25))).toEqual([
      '(a) by the Licensor (i) a',
      '(a) by the Licensor (ii) ',
      '(b) by the Licensee (i) a',
      '(b) by the Licensee (ii) ',
    ]);
  });

  it('does not open a list at a reference to a clause', () => {
    const text = 'Either party may terminate this Agreement under clause (a) or (b) of Section 9 on thirty (30) days notice.';
    expect(splitClauses(text)).toHaveLength(1);
  });

  it('does not take "one (1) year" for an enumerated item', () => {
    const text = 'This Agreement shall renew for one (1) year terms unless either party gives sixty (60) days notice.';
    expect(splitClauses(text)).toHaveLength(1);
  });

  it('gives list items written as sentences of their own the lead-in of the list', () => {
    const text =
      'WGT may terminate the Term by giving written notice of such termination for:\n\n(a) the insolvency of Distributor.\n\n(b) WGT giving Distributor ninety (90) days advance written notice.';
    const units = splitClauses(text);
    const last = units[units.length - 1];
    expect(last?.leadIn && text.slice(last.leadIn.start, last.leadIn.end)).toMatch(/^WGT may terminate/);
  });
});
