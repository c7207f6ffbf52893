import { describe, expect, it } from 'vitest';
import { findParties } from '../../lib/contract/parties.ts';

describe('English preambles', () => {
  it('"X Limited, a company incorporated in England and Wales with company number …" names X Limited', () => {
    const text =
      'THIS AGREEMENT is made on 2 May 2024 between Acme Limited, a company incorporated in England and Wales with company number 07810165, whose registered office is at 1 Dock Street, Leeds LS1 1AA ("Acme"), and Beta Systems Ltd, a company incorporated in Scotland with registered number SC123456 ("Beta").\n\nIT IS AGREED as follows.';
    expect(findParties(text).map((p) => p.name)).toEqual(['Acme Limited', 'Beta Systems Ltd']);
  });

  it('parties listed under a PARTIES heading, numbered (1) and (2)', () => {
    const text =
      'SUPPLY AGREEMENT\n\nTHIS AGREEMENT is dated 1 April 2025\n\nPARTIES\n\n(1) Corran Ferry Foods Limited incorporated and registered in England and Wales with company number 04412345 whose registered office is at 5 Mill Lane, Bristol BS1 4AA (Supplier)\n\n(2) Holm Oak Retail plc, a company incorporated in England and Wales with company number 00998877 ("Customer").\n\nAGREED TERMS\n\n1. Interpretation';
    expect(findParties(text).map((p) => p.name)).toContain('Holm Oak Retail plc');
  });
});
