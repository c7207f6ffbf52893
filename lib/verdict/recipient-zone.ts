import escapeRegExp from 'escape-string-regexp';
import type { AgreementAnalysis, LetterAnalysis, Party } from '../domain/types.ts';
import { zoneOfAddress } from '../letter/address-zone.ts';
import { zoneForJurisdiction } from '../time/zones.ts';
import { resolveLetterParties } from './resolve-parties.ts';

/**
 * Where the recipient is, for a cut-off the agreement fixes in the recipient's local time: the address the
 * letter gives the recipient, else the address the agreement's notice clause gives that party ("if to
 * Customer: ... Toronto, Ontario M5V 2T6"), else — not known — the agreement's own zone (the one it names,
 * else its governing law's), with `known: false` so the verdict can weigh the other zones too.
 */
export interface RecipientZone {
  zone: string;
  known: boolean;
  /** Where the zone was read, in plain words. */
  source: string;
}

/** The address following "if to <party>" (or "<party>: ..." in a list of addresses) in the notice clauses. */
function addressInAgreement(agreement: AgreementAnalysis, party: Party): string | null {
  const names = [party.name, ...party.aliases, ...(party.role ? [party.role] : [])]
    .filter((n) => n.length > 1)
    .map((name) => escapeRegExp(name));
  if (names.length === 0) return null;
  const alternatives = names.join('|');
  const lead = new RegExp(`\\bif to\\s+(?:the\\s+)?(?:${alternatives})\\b\\s*[:,]?|^[ \\t]*(?:the\\s+)?(?:${alternatives})\\s*:`, 'gim');
  for (const provision of agreement.provisions.filter((p) => p.type === 'notice-delivery')) {
    for (const m of provision.text.matchAll(lead)) {
      const rest = provision.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 300);
      // The address runs to the next party's address or the copy line.
      const address = rest.split(/\bif to\b|\bwith a copy\b|\bcopy to\b/i)[0] ?? '';
      const zone = zoneOfAddress(address);
      if (zone) return zone;
    }
  }
  return null;
}

/**
 * @example recipientZoneOf(agreement, { ...letter, recipientZone: 'Europe/London' }, 'America/New_York')
 * // { zone: 'Europe/London', known: true, source: "the recipient's address in the letter" }
 */
export function recipientZoneOf(agreement: AgreementAnalysis, letter: LetterAnalysis, countingZone: string): RecipientZone {
  if (letter.recipientZone) return { zone: letter.recipientZone, known: true, source: "the recipient's address in the letter" };
  const { recipient } = resolveLetterParties(agreement, letter);
  const fromAgreement = recipient ? addressInAgreement(agreement, recipient) : null;
  if (fromAgreement) return { zone: fromAgreement, known: true, source: "the recipient's address in the agreement's notice clause" };
  const agreementZone = agreement.zone ?? (agreement.governingLaw ? zoneForJurisdiction(agreement.governingLaw) : null) ?? countingZone;
  return { zone: agreementZone, known: false, source: "the agreement's zone, the recipient's address not being given" };
}
