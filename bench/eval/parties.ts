/**
 * Party names against CUAD's "Parties" answer (no hand-normalised gold exists for parties). A CUAD
 * name is found when an extracted name equals it, contains it or is contained in it once both are
 * reduced to letters and digits without company suffixes ("Sonos, Inc." ~ "SONOS INC"). CUAD's
 * answer also lists aliases in parentheses and sometimes typos ("Pifzer"); those count as misses,
 * so the figures are a floor.
 */
import type { Party } from '../../lib/domain/types.ts';

export interface PartyTally {
  gold: number;
  matchedGold: number;
  extracted: number;
  matchedExtracted: number;
}

const SUFFIX = /\b(?:inc|incorporated|ltd|limited|llc|corp|corporation|co|company|plc|the|l\.?p|gmbh|ag|b\.?v|n\.?v|s\.?a)\b\.?/g;
const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(SUFFIX, '')
    .replace(/[^a-z0-9]/g, '');
const same = (a: string, b: string): boolean => a.length > 2 && b.length > 2 && (a.includes(b) || b.includes(a));

/** The names in CUAD's answer: "A Inc. ("A"); B Ltd. ("B")" → ["A Inc.", "B Ltd."]. */
export function cuadPartyNames(answer: unknown): string[] {
  if (typeof answer !== 'string') return [];
  return answer
    .split(';')
    .map((part) => part.replace(/[("\u201c].*$/s, '').trim())
    .filter((name) => key(name).length > 2);
}

/** Adds one contract's comparison; returns the CUAD names not found, or null when all were. */
export function tallyParties(tally: PartyTally, answer: unknown, parties: Party[]): string[] | null {
  const gold = cuadPartyNames(answer).map((name) => ({ name, key: key(name) }));
  const found = parties.map((p) => key(p.name));
  tally.gold += gold.length;
  tally.extracted += found.length;
  const missed = gold.filter((g) => !found.some((f) => same(g.key, f)));
  tally.matchedGold += gold.length - missed.length;
  tally.matchedExtracted += found.filter((f) => gold.some((g) => same(g.key, f))).length;
  return missed.length > 0 ? missed.map((g) => g.name) : null;
}
