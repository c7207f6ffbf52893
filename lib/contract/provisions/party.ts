import escapeRegExp from 'escape-string-regexp';
import type { Party } from '../../domain/types.ts';
import { PARTY_EITHER_RE } from './cues.ts';

const EITHER_AFTER_RE = /^\w*\s+(?:by\s+)?(?:either|each|any|one|a)\s+(?:of\s+the\s+)?part(?:y|ies)\b/i;
// Capitalised words that name parts of the agreement, not a party: "Initial Term", "Effective Date".
const NOT_A_NAME_RE = /(?:Term|Period|Date|Agreement|Section|Article|Notice|Year|Years|Services?)$/;
const EITHER_GLOBAL_RE = new RegExp(PARTY_EITHER_RE.source, 'gi');
const HEADING_WORD_RE = /\b(?:Termination|Terminate|Early|Renewal|Expiration|Default|Breach|Convenience|Cause|Suspension|Notices?)\b/;
const MODAL_RE = /\b(?:may|can|shall|will|reserves|retains|has|have|is|are)\b/i;
const PASSIVE_BY_RE = /\b(?:terminated|terminable|cancell?ed|cancell?able|suspended):?\s+(?:[^.;]{0,40}?\s)??by\s+/i;
const NOT_A_PARTY = new Set([
  'This',
  'The',
  'Agreement',
  'Party',
  'Parties',
  'Either',
  'Each',
  'Such',
  'Any',
  'Notwithstanding',
  'Term',
  'Notice',
  'It',
  'If',
  'Upon',
  'Unless',
]);
/** "unless Licensee notifies", "unless the Customer gives written notice", "unless and until either party provides". */
const UNLESS_NOTICE_RE =
  /\bunless\s+(?:and\s+until\s+)?([^,;.]{1,60}?)\s+(?:shall\s+|will\s+)?(?:notif(?:y|ies)|gives?|provides?|delivers?|sends?|serves?|elects?)\b/i;
const PRONOUN_RE = /^(?:we|us|our|you|your)$/i;
const CAPITALISED_RE = /([A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,3})\s*(?:,[^,]{0,80},\s*)?$/;

// Rights are attributed one by one, each against every name of the agreement's parties: the
// patterns are kept (a bounded cache, cleared when full) rather than rebuilt for every right.
const namePatterns = new Map<string, RegExp>();
const MAX_PATTERNS = 1000;

function namePattern(name: string, flags: 'g' | 'gi'): RegExp {
  const key = `${flags}:${name}`;
  let re = namePatterns.get(key);
  if (re === undefined) {
    if (namePatterns.size >= MAX_PATTERNS) namePatterns.clear();
    re = new RegExp(`\\b${escapeRegExp(name)}\\b`, flags);
    namePatterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

// "Supplier may, upon thirty (30) days' written notice to Customer, terminate": the party notice goes to
// is the recipient of the right, not its holder, however near the verb it stands.
const RECIPIENT_BEFORE_RE = /\b(?:to|notify|notifying|notifies)\s+(?:the\s+)?$/i;

/**
 * The party whose name, alias or role occurs last in `segment`, and where; with `skipRecipients`,
 * mentions as the one notified ("notice to Customer") are passed over.
 */
function lastMention(segment: string, parties: Party[], skipRecipients = false): { name: string; at: number } | null {
  let best: { name: string; at: number } | null = null;
  for (const party of parties) {
    const names = [party.name, ...party.aliases, ...(party.role ? [party.role] : [])].filter((n) => n.length > 1);
    for (const name of names) {
      // Role words and pronouns are matched without case; defined names with it.
      const re = namePattern(name, name === party.role || PRONOUN_RE.test(name) ? 'gi' : 'g');
      for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
        if (skipRecipients && RECIPIENT_BEFORE_RE.test(segment.slice(Math.max(0, m.index - 16), m.index))) continue;
        if (!best || m.index > best.at) best = { name: party.name, at: m.index };
      }
    }
  }
  return best;
}

const lastPartyIn = (segment: string, parties: Party[]): string | null => lastMention(segment, parties)?.name ?? null;

/** Whether `segment` names two different parties ("by Licensor or Licensee"): the right is either party's. */
function namesTwoParties(segment: string, parties: Party[]): boolean {
  const named = parties.filter((party) =>
    [party.name, ...party.aliases].filter((n) => n.length > 1).some((name) => namePattern(name, 'g').test(segment)),
  );
  return named.length >= 2;
}

/** Where "either party" / "each party" / "the parties" occurs last in `segment`, or -1. */
function lastEither(segment: string): number {
  let last = -1;
  EITHER_GLOBAL_RE.lastIndex = 0;
  for (let m = EITHER_GLOBAL_RE.exec(segment); m !== null; m = EITHER_GLOBAL_RE.exec(segment)) last = m.index;
  return last;
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
    // The agent's words end where the right's terms begin: "by the Licensee on sixty days' notice to the Licensor".
    const agentWords = agent.split(/\b(?:upon|on|by giving|at any time|for|with|without|immediately|if|in the event)\b|,/)[0] ?? '';
    if (namesTwoParties(agentWords, parties)) return 'either';
    const named = lastPartyIn(agentWords, parties);
    if (named) return named;
  }
  // "unless either party gives notice": the party follows the word that marks the right.
  if (EITHER_AFTER_RE.test(clause.slice(verbAt, verbAt + 40))) return 'either';
  const subject = clause.slice(Math.max(0, verbAt - 200), verbAt);
  // The mention nearest the verb is its subject: "... conduct of the parties, NICE shall be entitled to terminate".
  const either = lastEither(subject);
  const named = lastMention(subject, parties, true) ?? capitalisedSubject(subject);
  if (either >= 0 && (named === null || either > named.at)) return 'either';
  if (named) return named.name;
  if (agent !== null) {
    const word = /^(?:the\s+)?([A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,3})/.exec(agent.trim());
    if (word && isName(word[1] as string)) return word[1] as string;
  }
  // "This Agreement will renew ... unless Licensee notifies Licensor ...": the party that can stop the renewal
  // is the one whose notice the "unless" names, though the agreement is the sentence's subject.
  const unless = UNLESS_NOTICE_RE.exec(clause.slice(verbAt, verbAt + 300));
  if (unless) {
    const giver = unless[1] as string;
    if (PARTY_EITHER_RE.test(giver)) return 'either';
    const named = lastPartyIn(giver, parties);
    if (named) return named;
  }
  // "This Agreement shall terminate ... upon either party giving ... notice": mutual, though not the subject.
  return PARTY_EITHER_RE.test(clause) ? 'either' : null;
}

function isName(word: string): boolean {
  return (
    /[A-Za-z]{2}/.test(word) &&
    !NOT_A_PARTY.has(word) &&
    !NOT_A_PARTY.has(word.split(/\s+/)[0] as string) &&
    !NOT_A_NAME_RE.test(word) &&
    !HEADING_WORD_RE.test(word)
  );
}

/** Without known parties, the capitalised words before the modal are the defined name ("Licensee may"). */
function capitalisedSubject(subject: string): { name: string; at: number } | null {
  const tail = subject.slice(-60);
  const modal = MODAL_RE.exec(tail);
  const end = modal ? subject.length - tail.length + modal.index : subject.length;
  const beforeModal = subject.slice(Math.max(0, end - 80), end).trimEnd();
  const capitalised = CAPITALISED_RE.exec(beforeModal);
  const word = capitalised?.[1]?.replace(/^(?:The|the)\s+/, '');
  if (!word || !isName(word)) return null;
  return { name: word, at: Math.max(0, end - 80) + (capitalised?.index ?? 0) };
}
