/**
 * The parties an agreement names in its preamble, with their aliases and role words:
 * 'ACME CORP., a Delaware corporation ("Acme")', 'Cloudline Inc. (the "Company")',
 * '("Provider", "we", "us")', '(hereinafter "Distributor")', 'Hereinafter referred to as "Customer"',
 * 'BETWEEN: (1) Oaktree Capital Management, L.P. ... ("Oaktree US"); and (2) ...', and plain
 * "between X and Y" or a title "Between: X And Y" when nothing is defined.
 *
 * The preamble is found by its "between"/"among" (after any cover page or table of contents) and ends
 * at the recitals. Each alias definition closes one party; its name is the first name after the
 * word that joins it to the previous party ("between", "and", "(2)"), cut before its description
 * (", a Delaware corporation", "having its principal place of business").
 */
import type { Party } from '../domain/types.ts';
import { aliasDefinitions, cutDescription, ENTITY, isPartyName, roleOf } from './structure/party-names.ts';

const SEARCH = 12_000;
const PREAMBLE = 2500;
const BETWEEN = /\b(?:by\s+and\s+between|between|among|BETWEEN|AMONG|Between|Among|B\s?E\s?T\s?W\s?E\s?E\s?N|(?<=made\s)by)\b\s*:?/g;
// English agreements list their parties under a "PARTIES" heading instead of "between".
const PARTIES_HEADING = /^[ \t]*(?:PARTIES|Parties|THE PARTIES)[ \t]*(?::[ \t]*)?$/m;
const RECITALS =
  /\b(?:IT\s+IS\s+AGREED|AGREED\s+TERMS|WHEREAS|Whereas|RECITALS|Recitals|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|NOW,?\s+THEREFORE|BACKGROUND|Background\b(?=\s+[A-Z]))/;
// A party starts after "between", "and", "; and", "- and -", "(1)", "(2)", or a line break.
const JOINER = /(?:\bbetween\b|\bamong\b|\band\b(?!\/)|;|-\s*and\s*-|\(\d\)|\n\s*\n|:)\s*/gi;

const LOWER_CASE_COMPANY =
  /^[a-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2}(?:,?\s+inc\.?)?,\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:corporation|company|limited\s+liability)/i;

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The preamble: from the first "between" that follows the agreement's title or "entered into". */
function preamble(text: string): { start: number; text: string } | null {
  const head = text.slice(0, SEARCH);
  BETWEEN.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  for (let m = BETWEEN.exec(head); m !== null; m = BETWEEN.exec(head)) {
    first ??= m;
    // "the parties between whom" in a table of contents is not the preamble; prefer one after
    // "entered into", "made", "Agreement".
    if (
      /(?:entered\s+into|made|executed|agreement|AGREEMENT|dated|effective)[^.]{0,200}$/i.test(
        head.slice(Math.max(0, m.index - 250), m.index),
      )
    ) {
      first = m;
      break;
    }
  }
  const heading = PARTIES_HEADING.exec(head);
  if (heading && (first === null || heading.index < first.index)) first = heading;
  if (first === null) return null;
  const start = first.index + first[0].length;
  // EDGAR page footers ("Source: COMPANY, 10-K, 8/22/2019") are blanked, keeping offsets.
  let body = head.slice(start, start + PREAMBLE).replace(/Source:[^\n]*/g, (line) => ' '.repeat(line.length));
  const recitals = RECITALS.exec(body);
  if (recitals && recitals.index > 20) body = body.slice(0, recitals.index);
  return { start, text: body };
}

/**
 * The name in a segment: after the last joiner that is followed by a name (the words between a
 * name and its alias are its description, which rarely holds a joiner), up to its description.
 */
function nameIn(segment: string, isFirst: boolean): string | null {
  const starts: number[] = isFirst ? [0] : [];
  JOINER.lastIndex = 0;
  for (let m = JOINER.exec(segment); m !== null; m = JOINER.exec(segment)) starts.push(m.index + m[0].length);
  let fallback: string | null = null;
  for (const at of starts.reverse()) {
    const rest = segment.slice(at).replace(/^[\s,.:]+/, '');
    // "i-on interactive, a Florida corporation": a lower-case name is taken only with its company description.
    const lowerCase = !/^[A-Z0-9]/.test(rest);
    if (lowerCase && !LOWER_CASE_COMPANY.test(rest)) continue;
    const name = cutDescription(rest);
    if (name === null || !isPartyName(name, lowerCase)) continue;
    // "registered in England and Wales": a joiner inside a description; a name with a company
    // suffix ("plc", "Inc.", "GmbH") earlier in the segment is the party.
    if (ENTITY.test(name)) return name;
    fallback ??= name;
  }
  return fallback;
}

function addParty(parties: Party[], name: string, aliases: string[]): void {
  const key = squash(name);
  const existing = parties.find((p) => squash(p.name) === key);
  const own = aliases.filter((a) => squash(a) !== key);
  if (existing) {
    for (const a of own) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    existing.role ??= roleOf(existing.aliases);
    return;
  }
  parties.push({ name, aliases: own, role: roleOf(own) });
}

/**
 * "between X and Y" with no definitions: the first name, and the name after the first joiner that
 * follows it ("EuroTel Bratislava a.s., ... and Sicap Ltd", "KIROMIC BIOPHARMA Inc., ...\n\nAND\n\nMOLIPHARMA S.R.L.").
 */
function plainBetween(body: string): string[] {
  const text = body.replace(/^[\s:]+/, '');
  const joiner = /\s(?:and|AND|And|&)\s|-\s*and\s*-/.exec(text);
  const first = cutDescription(joiner ? text.slice(0, joiner.index) : text);
  if (first === null || !isPartyName(first)) return [];
  if (!joiner) return [first];
  const second = cutDescription(text.slice(joiner.index + joiner[0].length).replace(/^\s+/, ''));
  return second !== null && isPartyName(second) ? [first, second] : [first];
}

/**
 * The parties defined in the preamble, in order.
 * @example findParties('between ACME CORP., a Delaware corporation ("Acme"), and Beta LLC (the "Customer")')
 * // [{ name: 'ACME CORP.', aliases: ['Acme'], role: null }, { name: 'Beta LLC', aliases: ['Customer'], role: 'customer' }]
 */
export function findParties(text: string): Party[] {
  const found = preamble(text);
  if (found === null) return [];
  const parties: Party[] = [];
  let segmentStart = 0;
  for (const definition of aliasDefinitions(found.text)) {
    const segment = found.text.slice(segmentStart, definition.start);
    const isFirst = segmentStart === 0;
    segmentStart = definition.end;
    if (definition.aliases.length === 0) continue;
    // Past the preamble's sentence: definitions of other terms ("A. Promotional Territories ("Territories")").
    if (parties.length >= 2 && /(?:^|\s)(?:\d{1,2}|[A-Z])\.\s+[A-Z]|\.\s+(?:AGREEMENT|WHEREAS|[A-Z][a-z]+\s+[a-z]+\s+[a-z]+)/.test(segment))
      break;
    const name = nameIn(segment, isFirst);
    if (name === null) continue;
    addParty(parties, name, definition.aliases);
  }
  if (parties.length === 0) for (const name of plainBetween(found.text)) addParty(parties, name, []);
  return parties;
}
