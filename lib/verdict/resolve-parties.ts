import type { AgreementAnalysis, LetterAnalysis, Party } from '../domain/types.ts';

/**
 * Matching the names a letter uses to the agreement's parties. Letters rarely use the defined name exactly
 * ("Stratoshelf Trust & Safety", "abuse@stratoshelf.example", "Dear Customer"), so a name matches a party
 * when it contains the party's distinctive words, an alias or role, or an email domain built from them.
 */

const SUFFIXES =
  /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|company|co|plc|gmbh|ag|sa|lp|llp|pty|bv|nv|pc|p\.c)\b\.?/gi;
const GENERIC = new Set([
  'the',
  'and',
  'of',
  'a',
  'an',
  'services',
  'service',
  'group',
  'holdings',
  'international',
  'global',
  'solutions',
  'technologies',
  'systems',
]);

const words = (value: string): string[] =>
  value
    .toLowerCase()
    .replace(SUFFIXES, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !GENERIC.has(w));

const squash = (value: string): string => words(value).join('');

/** How strongly `candidate` names `party`: 3 full name, 2 distinctive word / alias / domain, 1 role word, 0 none. */
function score(candidate: string, party: Party): number {
  const email = /@([\w-]+)(?:\.[\w-]+)+/.exec(candidate);
  if (email) {
    const domain = (email[1] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
    const names = [party.name, ...party.aliases].map(squash).filter((n) => n.length >= 3);
    return names.some((n) => domain.includes(n) || (domain.length >= 4 && n.startsWith(domain))) ? 2 : 0;
  }
  const said = words(candidate);
  const name = words(party.name);
  if (name.length > 0 && name.every((w) => said.includes(w))) return 3;
  const aliases = party.aliases.filter((a) => a.toLowerCase() !== (party.role ?? '').toLowerCase());
  if (aliases.some((a) => words(a).length > 0 && words(a).every((w) => said.includes(w)))) return 2;
  if (name[0] && name[0].length >= 4 && said.includes(name[0])) return 2;
  const role = party.role?.toLowerCase();
  if (role && said.includes(role)) return 1;
  return 0;
}

/**
 * The party best named by the candidates, strongest candidate first; null when none names a party or two
 * parties tie.
 * @example resolveParty(['Stratoshelf Trust & Safety'], [{ name: 'Stratoshelf Hosting, Inc.', aliases: ['Stratoshelf'] }])?.name
 * // 'Stratoshelf Hosting, Inc.'
 */
export function resolveParty(candidates: readonly string[], parties: readonly Party[]): Party | null {
  for (const candidate of candidates) {
    const scored = parties.map((party) => ({ party, score: score(candidate, party) })).filter((s) => s.score > 0);
    if (scored.length === 0) continue;
    scored.sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (best && (!second || second.score < best.score)) return best.party;
  }
  return null;
}

export interface ResolvedParties {
  sender: Party | null;
  recipient: Party | null;
}

/**
 * Sender and recipient of a letter as agreement parties. With two parties, knowing one gives the other.
 * @example resolveLetterParties(agreement, letter).sender?.name // 'Stratoshelf Hosting, Inc.'
 */
export function resolveLetterParties(agreement: AgreementAnalysis, letter: LetterAnalysis): ResolvedParties {
  const parties = agreement.parties;
  const senderNames = letter.senderCandidates ?? (letter.senderText ? [letter.senderText] : []);
  const recipientNames = letter.recipientCandidates ?? (letter.recipientText ? [letter.recipientText] : []);
  let sender = resolveParty(senderNames, parties);
  let recipient = resolveParty(recipientNames, sender ? parties.filter((p) => p !== sender) : parties);
  if (sender && recipient === sender) recipient = null;
  if (parties.length === 2) {
    if (sender && !recipient) recipient = parties.find((p) => p !== sender) ?? null;
    if (!sender && recipient) sender = parties.find((p) => p !== recipient) ?? null;
  }
  return { sender, recipient };
}

/**
 * Who may use a provision: 'either', the party it names, or 'unknown' when the text does not say or names
 * no party of the agreement.
 * @example provisionHolder('Provider', parties) // the party whose role or alias is "Provider"
 */
export function provisionHolder(holder: string | null, parties: readonly Party[]): Party | 'either' | 'unknown' {
  if (holder === null) return 'unknown';
  if (/^(?:either|each|both|any)(?: party)?$/i.test(holder.trim())) return 'either';
  const exact = parties.find((p) => p.name === holder || p.aliases.includes(holder) || p.role === holder.toLowerCase());
  return exact ?? resolveParty([holder], parties) ?? 'unknown';
}
