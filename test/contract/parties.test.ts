import { describe, expect, it } from 'vitest';
import { findParties } from '../../lib/contract/parties.ts';

describe('findParties', () => {
  it('reads names, descriptions and defined aliases from the preamble', () => {
    const text =
      'MAINTENANCE AGREEMENT (this "Agreement"), dated as of July 23, 2003, made by Universal Access, Inc., a corporation organized and existing under the laws of the State of Delaware (the "Company"), and CityNet Telecommunications, Inc., a corporation organized and existing under the laws of the State of Delaware (the "Provider").';
    expect(findParties(text)).toEqual([
      { name: 'Universal Access, Inc.', aliases: ['Company'], role: 'company' },
      { name: 'CityNet Telecommunications, Inc.', aliases: ['Provider'], role: 'provider' },
    ]);
  });

  it('keeps several aliases and "hereinafter" definitions', () => {
    const text =
      'This Agreement is between Cloudline Inc., a Delaware corporation ("Cloudline", "Provider", "we", "us"), and Sierra Mountain Minerals, Inc., a Canadian company (hereinafter "Distributor").';
    const parties = findParties(text);
    expect(parties[0]).toEqual({ name: 'Cloudline Inc.', aliases: ['Cloudline', 'Provider', 'we', 'us'], role: 'provider' });
    expect(parties[1]).toEqual({ name: 'Sierra Mountain Minerals, Inc.', aliases: ['Distributor'], role: 'distributor' });
  });

  it('ignores defined terms that are not parties', () => {
    const text =
      'THIS EXCLUSIVE DISTRIBUTOR AGREEMENT (the "Agreement") shall be effective as of Dec. 8, 2005 (hereinafter "Effective Date"), by and between ACME CORP., a Delaware corporation ("Acme"), and Beta LLC (the "Customer").';
    expect(findParties(text).map((p) => p.name)).toEqual(['ACME CORP.', 'Beta LLC']);
  });

  it('falls back to "between X and Y" without definitions', () => {
    expect(findParties('This agreement is made between Alpha Corp and Beta Ltd.\n').map((p) => p.name)).toEqual([
      'Alpha Corp',
      'Beta Ltd.',
    ]);
  });
});

describe('findParties on real preambles', () => {
  it('never takes the agreement\'s own title as a party ("THIS SERVICES AGREEMENT")', () => {
    const text =
      'Services Agreement Oaktree Capital Management, L.P. and Oaktree Capital Management (International) Limited September 2018 1 THIS SERVICES AGREEMENT (this "Agreement") is made on 25 September 2018 BETWEEN: (1) Oaktree Capital Management, L.P. a Delaware limited partnership of 333 South Grand Avenue, 28th Floor, Los Angeles, CA 90071 ("Oaktree US"); and (2) Oaktree Capital Management (International) Limited, a private limited company (registered number 11311066) registered in England and Wales of Verde, 10 Bressenden Place, London, SW1E 5DH (the "Sub-Advisor"). RECITALS (A) Oaktree US is general partner.';
    expect(findParties(text)).toEqual([
      { name: 'Oaktree Capital Management, L.P.', aliases: ['Oaktree US'], role: null },
      { name: 'Oaktree Capital Management (International) Limited', aliases: ['Sub-Advisor'], role: 'sub-advisor' },
    ]);
  });

  it('reads "Hereinafter referred to as" without parentheses', () => {
    const text =
      'This Turn - Key Manufacturing Agreement (the "Agreement") is effective as of the 1.4.2011 (the "Effective Date") by and between: INVASIX LTD., with a principal place of business at Tavor Building, Shaar Yokneam, Israel. Hereinafter referred to as "Customer" And FLEXTRONICS ISRAEL LTD. with a principal place of business at Industrial Zone Migdal Haemek 23108 P.O.B. 867, Israel. Hereinafter referred to as "Contractor." Whereas Customer designs the Products.';
    expect(findParties(text)).toEqual([
      { name: 'INVASIX LTD.', aliases: ['Customer'], role: 'customer' },
      { name: 'FLEXTRONICS ISRAEL LTD.', aliases: ['Contractor'], role: 'contractor' },
    ]);
  });

  it('takes an individual named after a company and stops at the end of the preamble', () => {
    const text =
      'THIS ENDORSEMENT AGREEMENT (the "Agreement") is dated as of this 14th day of November 2017 ("Effective Date"), by and between Eco Science Solutions, Inc. ("ESSI"), a Nevada corporation, and Stephen Marley ("Talent"), an individual. AGREEMENT 1. Engagement. ESSI engages Talent. 3. Grant. A. Promotional Territories ("Territories") shall include various spots.';
    expect(findParties(text).map((p) => [p.name, p.aliases, p.role])).toEqual([
      ['Eco Science Solutions, Inc.', ['ESSI'], null],
      ['Stephen Marley', ['Talent'], 'talent'],
    ]);
  });

  it('skips a "between" title and reads the parties from the definitions, with several lead-in words', () => {
    const text =
      'DISTRIBUTOR AGREEMENT BETWEEN INGRAM MICRO AND NETGEAR\n\nNETGEAR Agreement Number: N115\n\nIngram Micro, a corporation organized under the laws of the State of California ("Distributor"), and NETGEAR, Inc., a Delaware corporation (hereinafter collectively "NETGEAR"), agree as follows.';
    expect(findParties(text).map((p) => [p.name, p.aliases])).toEqual([
      ['Ingram Micro', ['Distributor']],
      ['NETGEAR, Inc.', ['NETGEAR']],
    ]);
  });

  it('prefers a name with a company suffix to words after "and" inside a description ("England and Wales")', () => {
    const text =
      'This Strategic Alliance Agreement (this "Agreement") is by and between Information System Associates, Inc., a Florida Corporation ("ISA") and Rubicon Software Group plc, a company registered under the laws of England and Wales (Registered Company No. 5701810) whose registered office is Rubicon House ("Rubicon"). Background WHEREAS, Rubicon desires.';
    expect(findParties(text).map((p) => p.name)).toEqual(['Information System Associates, Inc.', 'Rubicon Software Group plc']);
  });

  it('reads a cover page "BETWEEN X & Y" when nothing is defined, ignoring EDGAR source lines', () => {
    const text =
      'MOBILE VIRTUAL NETWORK ENABLER HOSTING AGREEMENT\n\nBETWEEN\n\nT-MOBILE NETHERLANDS B.V.\n\n&\n\nElephant Talk Communication Holding AG\n\nSource: PARETEUM CORP, 8-K, 10/1/2008\n';
    expect(findParties(text).map((p) => p.name)).toEqual(['T-MOBILE NETHERLANDS B.V.', 'Elephant Talk Communication Holding AG']);
  });

  it('drops "the" from an alias ("the Customer") so a letter\'s "the Customer" resolves by role', () => {
    const text =
      'This WEB SITE HOSTING AGREEMENT ("this Agreement") is entered into this 6th day of April, 1999 by and between Centrack International, a Florida corporation ("the Customer"), and i-on interactive, a Florida corporation ("i-on").';
    expect(findParties(text)[0]).toEqual({ name: 'Centrack International', aliases: ['Customer'], role: 'customer' });
  });
});

describe('findParties: more preamble shapes', () => {
  it('reads a lower-case company name only with its company description ("i-on interactive, a Florida corporation")', () => {
    const text =
      'This WEB SITE HOSTING AGREEMENT ("this Agreement") is entered into this 6th day of April, 1999 by and between Centrack International, a Florida corporation ("the Customer"), and i-on interactive, a Florida corporation ("i-on").';
    expect(findParties(text).map((p) => p.name)).toEqual(['Centrack International', 'i-on interactive']);
  });

  it('reads "drkoop.com, inc., a Delaware corporation"', () => {
    const text =
      'This Sponsorship Agreement (the "Agreement") is entered into as of the 11th day of March, 1999 by and between drkoop.com, inc., a Delaware corporation, located at 8920 Business Park Drive, Austin, Texas 78759 ("drkoop.com"), and Vitamin Shoppe Industries, Inc., a New Jersey corporation ("Sponsor"). WHEREAS, drkoop.com develops software.';
    expect(findParties(text).map((p) => p.name)).toEqual(['drkoop.com, inc.', 'Vitamin Shoppe Industries, Inc.']);
  });

  it('keeps every party of a list joined by ";" and "and"', () => {
    const text =
      'This Content License Agreement is made by and between Digicorp, Inc., a Utah corporation ("COMPANY") and New China Media LLC, a Florida limited liability company with offices at 400 Alton Road, Miami Beach, Florida 33139 ("NCM"); YGP, LLC, a Florida limited liability company with offices at 4000 Hollywood Blvd, Suite 485 South, Hollywood, Florida, 33021 ("YGP") and TWK Holdings, LLC with offices at Room 4301, Central, Hong Kong ("TWK").';
    expect(findParties(text).map((p) => p.name)).toEqual(['Digicorp, Inc.', 'New China Media LLC', 'YGP, LLC', 'TWK Holdings, LLC']);
  });

  it('reads a cover page with the second party after a line "AND"', () => {
    const text =
      'JOINT VENTURE AGREEMENT\n\nBETWEEN\n\nKIROMIC BIOPHARMA Inc., a Delaware Company, Fannin South Professional Building, Houston TX 77054 USA, in person of the Legal Representative\n\nAND\n\nMOLIPHARMA S.R.L. an Italian Company stated in Campobasso, Via del Castello n. 3\n';
    expect(findParties(text).map((p) => p.name)).toEqual(['KIROMIC BIOPHARMA Inc.', 'MOLIPHARMA S.R.L.']);
  });
});
