import { describe, expect, it } from 'vitest';
import { findZones, zoneAt } from '../../../lib/contract/structure/zones.ts';

const body = `${'1. Term. The term of this Agreement is one year from the Effective Date. '.repeat(40)}\n`;

describe('findZones', () => {
  it('an exhibit starts at its title line', () => {
    const text = `${body}\nEXHIBIT A\n\nForm of Purchase Order\n\nBuyer may cancel this order on ten days notice.\n`;
    const zones = findZones(text);
    expect(zones.map((z) => z.zone)).toEqual(['exhibit']);
    expect(zoneAt(zones, text.indexOf('Buyer may cancel'))).toBe('exhibit');
    expect(zoneAt(zones, 10)).toBe('body');
  });

  it('a state addendum is a statute zone', () => {
    const text = `${body}\nSTATE ADDENDUM\n\nThe following applies to franchisees in the state.\n`;
    expect(findZones(text).map((z) => z.zone)).toEqual(['statute']);
  });

  it('a sentence mentioning an exhibit, and a list of exhibits, start no zone', () => {
    const text = `${body}\nExhibit A sets out the fees.\n\nEXHIBIT A\nEXHIBIT B\nEXHIBIT C\n\nThe parties agree.\n`;
    expect(findZones(text)).toEqual([]);
  });

  it('a filing number at the top of the document starts no zone', () => {
    expect(findZones(`Exhibit 10.27\n\n${body}`)).toEqual([]);
  });
});
