import type { AgreementAnalysis, LetterAnalysis, Party, Provision, ProvisionType } from '../domain/types.ts';
import { ACTION_RULES } from './actions/index.ts';
import type { GroundKind } from './ground-conditions.ts';
import { conditionText, groundKinds, kindsWords, matchingKinds, requiredKinds } from './ground-conditions.ts';
import { provisionHolder } from './resolve-parties.ts';

/**
 * Which of the agreement's rights can govern a letter: rights of the letter's kind (a party that may end
 * the service on notice may also stop it on the same notice, so termination rights are alternative routes
 * for a suspension), held by the sender or by either party — a customer's letter is never judged by the
 * provider's rights — narrowed to the sections the letter invokes, and to rights whose grounds the letter's
 * stated grounds can establish.
 */

export interface Candidate {
  provision: Provision;
  applies: boolean;
  /** Why a right does not apply, for the explanation. */
  reason: string | null;
  /** The factual ground the right depends on, or null for a right that needs none. */
  condition: string | null;
  /** The kinds of ground the right requires (empty for a right that needs none). */
  requiredKinds: GroundKind[];
  /** The letter's grounds that establish the right's ground (empty when the letter states none or it needs none). */
  matchedKinds: GroundKind[];
}

const typesFor = (letter: LetterAnalysis): ProvisionType[] => (letter.action ? ACTION_RULES[letter.action].provisionTypes(letter) : []);

/**
 * "7.2(b)" cites "7.2" and "7.2(b)(i)"; "7" does not cite "17".
 * @example sectionMatches('7.2(b)', '7.2') // true; sectionMatches('7', '17') // false
 */
export function sectionMatches(cited: string, section: string | null): boolean {
  if (!section) return false;
  const a = cited.toLowerCase().replace(/\s+/g, '');
  const b = section.toLowerCase().replace(/\s+/g, '');
  const within = (short: string, long: string): boolean => long === short || long.startsWith(`${short}(`) || long.startsWith(`${short}.`);
  return within(a, b) || within(b, a);
}

/**
 * The candidate rights for a letter, in the agreement's order.
 * @example selectCandidates(agreement, letter, sender).filter((c) => c.applies).map((c) => c.provision.section) // ['3.1', '4.2', '4.3', '4.4']
 */
export function selectCandidates(agreement: AgreementAnalysis, letter: LetterAnalysis, sender: Party | null): Candidate[] {
  const types = typesFor(letter);
  const ofKind = agreement.provisions.filter((p) => types.includes(p.type));
  const cited = letter.sectionsCited;
  const usableBySender = (p: Provision): boolean => {
    const holder = provisionHolder(p.party, agreement.parties);
    return !sender || holder === 'either' || holder === 'unknown' || holder === sender;
  };
  // A citation narrows the rights only to ones the sender holds: a customer citing the provider's
  // convenience right by mistake is still judged by its own rights, never by the provider's.
  const invoked = ofKind.filter((p) => cited.some((c) => sectionMatches(c, p.section)) && usableBySender(p));
  // A letter "for convenience" asserts no fact: it cannot use a right that needs one.
  const stated = groundKinds(letter.grounds);
  return ofKind.map((provision): Candidate => {
    const holder = provisionHolder(provision.party, agreement.parties);
    const required = requiredKinds(provision);
    const matched = matchingKinds(required, stated);
    const ground = required.length === 0 ? null : conditionText(required, stated);
    // A termination for cause also needs the breach to have stayed uncured through the cure period.
    const condition =
      ground && provision.type === 'termination-for-cause' && provision.cure ? `${ground}, not cured within the cure period` : ground;
    const base = { provision, condition, requiredKinds: required, matchedKinds: matched };
    const excluded = (reason: string): Candidate => ({ ...base, applies: false, reason });
    if (sender && holder !== 'either' && holder !== 'unknown' && holder !== sender) {
      return excluded(`it is a right of ${holder.name}, not of the sender`);
    }
    if (invoked.length > 0 && !invoked.includes(provision)) {
      return excluded(`the letter invokes Section ${cited.join(', ')} and not this section`);
    }
    if (required.length > 0 && stated.length > 0 && matched.length === 0) {
      return excluded(`it allows this only for ${kindsWords(required)}, and the letter asserts ${kindsWords(stated)}`);
    }
    return { ...base, applies: true, reason: null };
  });
}
