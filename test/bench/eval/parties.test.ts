import { describe, expect, it } from 'vitest';
import { cuadPartyNames, tallyParties, type PartyTally } from '../../../bench/eval/parties.ts';

describe('party-name scoring against CUAD answers', () => {
  it("reads the names out of CUAD's answer, without aliases", () => {
    expect(cuadPartyNames('PSiTech Corporation ("Licensor"); Empirical Ventures, Inc ("Licensee")')).toEqual([
      'PSiTech Corporation',
      'Empirical Ventures, Inc',
    ]);
  });

  it('matches names that differ only in case, punctuation and company suffix, and counts a junk name against precision', () => {
    const tally: PartyTally = { gold: 0, matchedGold: 0, extracted: 0, matchedExtracted: 0 };
    const missed = tallyParties(tally, 'Sonos, Inc. ("Sonos"); Inventec Appliances Corporation ("IAC")', [
      { name: 'SONOS INC', aliases: [] },
      { name: 'THIS SUPPLY AGREEMENT', aliases: [] },
    ]);
    expect(missed).toEqual(['Inventec Appliances Corporation']);
    expect(tally).toEqual({ gold: 2, matchedGold: 1, extracted: 2, matchedExtracted: 1 });
  });
});
