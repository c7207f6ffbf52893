/**
 * Which of a tenant's agreements an unmatched email may belong to: those whose parties are named in the
 * email's From, To and Cc (display names and the sender's domain). Only offered as candidates for a person
 * to choose from — never used to deliver the mail on its own.
 */
import type { Party } from '../domain/types.ts';

/** Legal-form words that say nothing about which company is meant. */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'pty',
  'the',
  'and',
  'of',
  'group',
  'holdings',
]);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !LEGAL_FORMS.has(word));

/** The words an address offers: its display name, and its domain's labels other than the top level. */
function addressWords(address: string): Set<string> {
  const angle = /^(.*)<([^>]*)>\s*$/.exec(address);
  const name = angle ? (angle[1] ?? '') : '';
  const mail = angle ? (angle[2] ?? '') : address;
  const domain = mail.includes('@') ? mail.slice(mail.lastIndexOf('@') + 1) : '';
  const labels = domain.split('.').slice(0, -1).join(' ');
  return new Set([...words(name), ...words(labels)]);
}

/**
 * True when every distinctive word of one of the party's names (its name or an alias) appears among the
 * words of one address: "Acme Widgets, Inc." matches "Jo Smith, Acme Widgets <jo@acme.example>" and
 * "<legal@acmewidgets.example>" (the domain spelled as one word).
 * @example partyNamedIn({ name: 'Acme Widgets, Inc.', aliases: [] }, ['Jo <jo@acmewidgets.example>']) // true
 */
export function partyNamedIn(party: Party, addresses: readonly string[]): boolean {
  const names = [party.name, ...party.aliases].map(words).filter((name) => name.length > 0);
  return addresses.some((address) => {
    const offered = addressWords(address);
    return names.some((name) => name.every((word) => offered.has(word)) || offered.has(name.join('')));
  });
}

/**
 * The agreements at least one of whose parties the addresses name, in the order given.
 * @example matchingAgreements([{ contractId: 'c1', parties: [{ name: 'Acme', aliases: [] }] }], ['a@acme.example']) // [{ contractId: 'c1', … }]
 */
export function matchingAgreements<T extends { parties: readonly Party[] }>(agreements: readonly T[], addresses: readonly string[]): T[] {
  return agreements.filter((agreement) => agreement.parties.some((party) => partyNamedIn(party, addresses)));
}
