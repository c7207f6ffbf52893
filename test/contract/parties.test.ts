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
    const text = 'THIS EXCLUSIVE DISTRIBUTOR AGREEMENT (the "Agreement") shall be effective as of Dec. 8, 2005 (hereinafter "Effective Date"), by and between ACME CORP., a Delaware corporation ("Acme"), and Beta LLC (the "Customer").';
    expect(findParties(text).map((p) => p.name)).toEqual(['ACME CORP.', 'Beta LLC']);
  });

  it('falls back to "between X and Y" without definitions', () => {
    expect(findParties('This agreement is made between Alpha Corp and Beta Ltd.\n').map((p) => p.name)).toEqual(['Alpha Corp', 'Beta Ltd']);
  });
});
