import type { HeaderLine } from './headers.ts';
import { header } from './headers.ts';

/**
 * Who wrote the letter and to whom, as written. A letter names its sender in several places (email header,
 * "on behalf of", letterhead, signature block) and its recipient in others (To:, inside address, "Dear X");
 * every candidate is kept, strongest first, so the verdict can match whichever one names a party.
 */

export interface LetterParties {
  senderCandidates: string[];
  recipientCandidates: string[];
}

const CORPORATE =
  /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|company|co|plc|gmbh|ag|s\.?a|lp|llp|pty|bv|n\.v|group|holdings)\b\.?/i;
// One line only (`[ \t]`, not `\s`): `^\s*` under the m flag re-reads every following blank line at each line
// start, quadratic on runs of empty lines. No two space runs side by side either (`[ \t]*(?:best)?[ \t]*`,
// `[ \t]*,?[ \t]*`): each split of one long run of spaces between them is tried, quadratic in the run.
const CLOSING =
  /^[ \t]*(?:sincerely|very truly yours|yours (?:truly|faithfully|sincerely)|(?:(?:best|kind|warm)[ \t]*)?regards|respectfully(?: yours)?|thank you|thanks|many thanks|best|cheers|yours)[ \t]*(?:,[ \t]*)?$/im;
// "on behalf of our client, Larkspur Retail Group LLC": a lawyer's letter is the client's notice.
const ON_BEHALF =
  /\b(?:[Ff]or and )?[Oo]n behalf of\s+(?:(?:our|my|its) clients?,?\s+)?([A-Z][\w&.'’ -]{1,80}?(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|plc|LLP|LP)\b\.?)?)(?=\s*(?:[,;:\n(]|\bwe\b|\bthis\b|$))/g;
/** "This firm represents Larkspur Retail Group LLC" / "We act for ...": the client is the sender. */
const REPRESENTS =
  /\b(?:[Tt]his firm|[Ww]e|[Tt]he undersigned) (?:represents?|acts? for|(?:is|are) counsel (?:to|for))\s+([A-Z][\w&.'’ -]{1,80}?(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|plc|LLP|LP)\b\.?)?)(?=\s*(?:[,;:\n(.]|\bin\b|\bwith\b|$))/g;
/**
 * The subject of the operative verb: "Larkspur Retail Group LLC hereby terminates", "Northwind Data Services,
 * Inc. (\"Northwind\") gives you notice". Only verbs a sender uses of itself: "X is in breach" names the recipient.
 */
const ACTING =
  /(?:^|[.:;]\s+|\n)(?:>\s*)?([A-Z][\w&'’-]*(?:[ ,]+[A-Z&][\w&.'’-]*){0,6}?)(?:\s*\([^)]{1,40}\))?\s+(?:hereby\s+|therefore\s+|accordingly\s+)?(?:terminates|suspends|cancels|gives (?:you )?(?:formal )?notice|elects not to renew|will not renew|does not (?:wish|intend) to renew)\b/g;
const DEAR = /^[ \t]*(?:dear|to)\s+([^,:\n]{2,80})[,:]/im;
const ROLE_LINE = /^\s*(?:by|name|title|signed|signature)\s*:/i;

/** "Ana Ruiz <ana@nimbusgrid.example>" → ["Ana Ruiz", "ana@nimbusgrid.example"]. */
function splitAddress(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[;]/)) {
    const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(part)?.[0];
    const name = part
      .replace(/<[^>]*>/g, '')
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '')
      .replace(/["']/g, '')
      .trim();
    const behalf = /on behalf of\s+(.+)$/i.exec(name);
    if (behalf?.[1]) out.push(behalf[1].trim());
    const person = name
      .replace(/\s*on behalf of.*$/i, '')
      .replace(/[,\s]+$/, '')
      .trim();
    if (person) out.push(person);
    if (email) out.push(email);
  }
  return out;
}

const nonEmptyLines = (block: string): string[] =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** The lines of the signature block after the closing ("Sincerely,"), organisations first. */
function signatureLines(text: string): string[] {
  const matches = [...text.matchAll(new RegExp(CLOSING.source, 'gim'))];
  const last = matches.at(-1);
  // An email often ends with the signer's block and no closing word: the last short block stands for it.
  const block = last ? text.slice((last.index ?? 0) + last[0].length) : lastShortBlock(text);
  const lines = nonEmptyLines(block).slice(0, 8).map(withoutLeadingTitle);
  const values = lines
    .filter((l) => !/^\/s\/|^_{3,}/.test(l))
    .map((l) => (ROLE_LINE.test(l) ? '' : l.replace(/^(?:for and )?on behalf of\s+/i, '')))
    .filter((l) => l.length > 1 && l.length < 90);
  return [...values.filter((l) => CORPORATE.test(l)), ...values.filter((l) => !CORPORATE.test(l))];
}

/** The final paragraph when it is a few short lines (a name, a title, a company), else ''. */
function lastShortBlock(text: string): string {
  const blocks = text.trimEnd().split(/\n[ \t]*\n/);
  const tail = blocks.at(-1) ?? '';
  const lines = nonEmptyLines(tail);
  return blocks.length > 1 && lines.length <= 5 && lines.every((l) => l.length < 70 && (!/[.!?]$/.test(l) || CORPORATE.test(l)))
    ? tail
    : '';
}

const TITLE =
  /\b(?:president|director|counsel|officer|manager|partner|secretary|head|chief|vp|ceo|cfo|coo|cto|treasurer|controller|attorney|solicitor)\b/i;

/** "Vice President, Northwind Data Services, Inc." → the company; "Helena Brandt, Vice President" stays. */
function withoutLeadingTitle(line: string): string {
  const m = /^([^,]{2,60}),\s+(.+)$/.exec(line);
  if (!m?.[1] || !m[2] || !TITLE.test(m[1]) || CORPORATE.test(m[1]) || !CORPORATE.test(m[2])) return line;
  return m[2];
}

/** The letterhead: lines before the first date or delivery line, when the document is not an email. */
function letterheadLines(text: string, firstMarker: number): string[] {
  if (firstMarker <= 0) return [];
  return nonEmptyLines(text.slice(0, firstMarker))
    .filter((l) => !/^(?:www\.|https?:|tel|phone|fax|\+?\d[\d\s().-]{6,}$)/i.test(l) && !/@/.test(l))
    .slice(0, 3);
}

/** The inside address: lines between the date/delivery line and the "Re:" or salutation. */
function insideAddressLines(text: string, from: number): string[] {
  if (from < 0) return [];
  const rest = text.slice(from);
  const stop = rest.search(/^[ \t]*(?:re|subject)\s*:|^[ \t]*dear\b/im);
  const block = stop >= 0 ? rest.slice(0, stop) : rest.slice(0, 400);
  return nonEmptyLines(block)
    .map((l) => l.replace(/^(?:attention|attn|for the attention of)\s*[:.]?\s*/i, ''))
    .filter((l) => !/^(?:via|by|sent|date)\b/i.test(l) && !/^\d/.test(l) && !/\b\d{5}(?:-\d{4})?\b/.test(l))
    .slice(0, 3);
}

const unique = (values: string[]): string[] => [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 1))];

/**
 * Sender and recipient names as written, strongest first.
 * @example readLetterParties(text, readHeaders(text), { bodyStart, firstMarker: -1, addressStart: -1 }).senderCandidates[0] // 'NimbusGrid Hosting, Inc.' for "From: Ana Ruiz on behalf of NimbusGrid Hosting, Inc."
 */
export function readLetterParties(
  text: string,
  headers: HeaderLine[],
  positions: { bodyStart: number; firstMarker: number; addressStart: number },
): LetterParties {
  const { bodyStart, firstMarker, addressStart } = positions;
  const from = header(headers, 'from');
  const to = header(headers, 'to');
  const behalf = [...text.matchAll(ON_BEHALF), ...text.matchAll(REPRESENTS)].map((m) => (m[1] ?? '').replace(/[\s,]+$/, ''));
  const signature = signatureLines(text);
  const letterhead = from ? [] : letterheadLines(text, firstMarker);
  const fromParts = from ? splitAddress(from.value) : [];

  const dear = DEAR.exec(text.slice(bodyStart))?.[1]?.trim();
  const inside = to ? [] : insideAddressLines(text, addressStart);
  const attention = header(headers, 'attention')?.value;

  const acting = [...text.slice(bodyStart).matchAll(ACTING)]
    .map((m) => (m[1] ?? '').trim())
    .filter((name) => !/^(?:we|i|this|the|it|our|each|either|please)\b/i.test(name));
  const orgFirst = (values: string[]): string[] => [
    ...values.filter((v) => CORPORATE.test(v)),
    ...values.filter((v) => !CORPORATE.test(v)),
  ];
  return {
    senderCandidates: unique([...behalf, ...orgFirst([...signature, ...letterhead]), ...fromParts, ...acting]),
    recipientCandidates: unique([
      ...orgFirst([...(to ? splitAddress(to.value) : []), ...inside]),
      ...(attention ? [attention] : []),
      ...(dear ? [dear.replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, '')] : []),
    ]),
  };
}
