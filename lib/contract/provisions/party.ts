import type { Party } from '../../domain/types.ts';
import { PARTY_EITHER_RE } from './cues.ts';

const EITHER_AFTER_RE = /^\w*\s+(?:by\s+)?(?:either|each|any|one|a)\s+(?:of\s+the\s+)?part(?:y|ies)\b/i;
// Capitalised words that name parts of the agreement, not a party: "Initial Term", "Effective Date".
const NOT_A_NAME_RE = /(?:Term|Period|Date|Agreement|Section|Article|Notice|Year|Years|Services?)$/;
const MODAL_RE = /\b(?:may|can|shall|will|reserves|retains|has|have|is|are)\b/i;
const PASSIVE_BY_RE = /\b(?:terminated|cancell?ed|suspended)\s+(?:[^.;]{0,40}?\s)?by\s+/i;
const NOT_A_PARTY = new Set(['This', 'The', 'Agreement', 'Party', 'Parties', 'Either', 'Each', 'Such', 'Any', 'Notwithstanding', 'Term', 'Notice', 'It', 'If', 'Upon', 'Unless']);
const CAPITALISED_RE = /([A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,3})\s*(?:,[^,]{0,80},\s*)?$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The party whose name, alias or role occurs last in `segment`. */
function lastPartyIn(segment: string, parties: Party[]): string | null {
  let best: { name: string; at: number } | null = null;
  for (const party of parties) {
    const names = [party.name, ...party.aliases, ...(party.role ? [party.role] : [])].filter((n) => n.length > 1);
    for (const name of names) {
      // Role words and pronouns are matched without case; defined names with it.
      const flags = name === party.role || /^(?:we|us|our|you|your)$/i.test(name) ? 'gi' : 'g';
      const re = new RegExp(`\\b${escape(name)}\\b`, flags);
      for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
        if (!best || m.index > best.at) best = { name: party.name, at: m.index };
      }
    }
  }
  return best?.name ?? null;
}

/**
 * Who may use a right stated in `clause`: 'either' for "either party" / "each party" / "the
 * parties", else the defined name of the party that is the subject of the right (or, in the
 * passive "may be terminated by Licensee", its agent), else null.
 * @example partyOf('Licensee may terminate this Agreement upon 30 days notice', 13, [{ name: 'Acme Inc.', aliases: ['Licensee'] }]) // 'Acme Inc.'
 */
export function partyOf(clause: string, verbAt: number, parties: Party[]): string | null {
  const passive = PASSIVE_BY_RE.exec(clause);
  const agent = passive ? clause.slice(passive.index + passive[0].length, passive.index + passive[0].length + 80) : null;
  if (agent !== null) {
    if (PARTY_EITHER_RE.test(agent.slice(0, 30))) return 'either';
    const named = lastPartyIn(agent.split(/\bupon\b|\bby giving\b|,/)[0] ?? '', parties);
    if (named) return named;
  }
  const subject = clause.slice(Math.max(0, verbAt - 200), verbAt);
  if (PARTY_EITHER_RE.test(subject)) return 'either';
  // "unless either party gives notice": the party follows the word that marks the right.
  if (EITHER_AFTER_RE.test(clause.slice(verbAt, verbAt + 40))) return 'either';
  const named = lastPartyIn(subject, parties);
  if (named) return named;
  if (agent !== null) {
    const word = /^(?:the\s+)?([A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,3})/.exec(agent.trim());
    if (word && !NOT_A_PARTY.has(word[1] as string)) return word[1] as string;
  }
  // Without known parties, the capitalised subject before the verb is the defined name ("Licensee may").
  const tail = subject.slice(-60);
  const modal = MODAL_RE.exec(tail);
  const beforeModal = modal ? subject.slice(0, subject.length - tail.length + modal.index).slice(-80) : subject.slice(-80);
  const capitalised = CAPITALISED_RE.exec(beforeModal.trimEnd());
  const word = capitalised?.[1]?.replace(/^(?:The|the)\s+/, '');
  if (word && !NOT_A_PARTY.has(word) && !NOT_A_PARTY.has(word.split(/\s+/)[0] as string) && !NOT_A_NAME_RE.test(word)) return word;
  return null;
}
