/**
 * Document zones: the agreement's body, and what follows it — schedules, exhibits, annexes, order
 * forms, state addenda and statutory summaries. A right written in an exhibit (a form of letter, a
 * franchise rider, a state's disclosure summary) is not silently the agreement's own: the provision
 * says which zone it came from.
 *
 * A zone starts at a line that is only a zone title ("EXHIBIT B", "Schedule 2 – Service Levels",
 * "STATE ADDENDUM"). A table of contents lists several such titles one after another; titles with
 * another title within the next few lines are a list, not the start of a zone. "Exhibit 10.27" at the
 * top of a filed agreement numbers the filing, not a part of the agreement. One pass over the
 * lines; lookup by binary search.
 */

import type { DocumentZone } from '../../domain/types.ts';

export type Zone = DocumentZone;

export interface ZoneStart {
  start: number;
  zone: Exclude<Zone, 'body'>;
}

// A title line: the zone word, an optional label, and at most a short title. Bounded: a line is read once.
const TITLE_RE =
  /^[ \t]*(EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum|RIDER|Rider|ORDER FORM|Order Form|STATE ADDENDUM|STATE ADDENDA|STATUTORY SUMMARY)\b(?:[ \t]+[A-Z0-9][A-Z0-9.-]{0,5})?(?:[ \t]*(?:[-–—:.][ \t]*)?[^\n]{0,70})?$/;
const STATUTE_TITLE_RE = /\bSTATE\s+(?:ADDEND|LAW|SPECIFIC)|\bSTATUTORY\b|\bState\s+(?:Addend|Law|Specific)|\bStatutory\b/;
// "Exhibit 10.27", "EXHIBIT 99.1": the number a filing gave the whole document, printed on its pages.
const FILING_LABEL_RE = /^[ \t]*(?:EXHIBIT|Exhibit)[ \t]+\(?(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}\(|[A-Z]\)?\(\d)/;
// The agreement's title and preamble come first: no zone starts inside its opening.
const OPENING = 2000;
const NEIGHBOUR_LINES = 4;
const MAX_LINE = 100;

function zoneOf(word: string, line: string): Exclude<Zone, 'body'> {
  if (STATUTE_TITLE_RE.test(line)) return 'statute';
  const w = word.toLowerCase();
  if (w === 'schedule') return 'schedule';
  if (w === 'order form') return 'order-form';
  if (w === 'addendum' || w === 'rider') return 'addendum';
  return 'exhibit';
}

/**
 * Where each zone after the body starts, in text order.
 * @example findZones('1. Term. ...\n\nEXHIBIT A\n\nForm of Order\n...')[0]?.zone // 'exhibit'
 */
export function findZones(text: string): ZoneStart[] {
  const titles: { start: number; line: number; zone: Exclude<Zone, 'body'>; sentenceLike: boolean }[] = [];
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= MAX_LINE) {
      const line = text.slice(from, to);
      const m = TITLE_RE.exec(line);
      // "Exhibit A sets out the fees." is a sentence that mentions an exhibit, not its title.
      if (
        m &&
        !FILING_LABEL_RE.test(line) &&
        !/\b(?:sets?|is|are|shall|will|hereto|attached)\b/.test(
          line.slice(m[0].indexOf(m[1] as string) + (m[1] as string).length, m[0].length),
        )
      )
        titles.push({ start: from, line: lineNo, zone: zoneOf(m[1] as string, line), sentenceLike: false });
    }
    lineNo += 1;
    from = to + 1;
  }
  const zones: ZoneStart[] = [];
  for (let i = 0; i < titles.length; i++) {
    const t = titles[i] as (typeof titles)[number];
    const prev = titles[i - 1];
    const next = titles[i + 1];
    const listed =
      (next !== undefined && next.line - t.line <= NEIGHBOUR_LINES) || (prev !== undefined && t.line - prev.line <= NEIGHBOUR_LINES);
    if (!listed && t.start >= Math.min(OPENING, text.length / 20)) zones.push({ start: t.start, zone: t.zone });
  }
  return zones;
}

/**
 * The zone holding `offset`, given the zone starts of findZones.
 * @example zoneAt(findZones(text), 10) // 'body'
 */
export function zoneAt(zones: ZoneStart[], offset: number): Zone {
  let lo = 0;
  let hi = zones.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((zones[mid] as ZoneStart).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'body' : (zones[lo - 1] as ZoneStart).zone;
}
