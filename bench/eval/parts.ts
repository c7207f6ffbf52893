/**
 * Where the analysis time goes: each part of analyzeAgreement run on its own over the whole corpus,
 * measured in CPU time of this process (user + system), which a busy shared machine disturbs far
 * less than wall-clock time.
 */
import { documentKind } from '../../lib/contract/document-kind.ts';
import { findGoverningLaw } from '../../lib/contract/governing-law.ts';
import { findParties } from '../../lib/contract/parties.ts';
import { findProvisions } from '../../lib/contract/provisions/index.ts';
import { buildOutline } from '../../lib/contract/sections.ts';
import { analyzeTerm } from '../../lib/contract/term.ts';
import { noticeZone } from '../../lib/contract/time-zone.ts';

export interface PartTime {
  part: string;
  ms: number;
}

const place = { sectionAt: () => ({ section: null, heading: null }), pageAt: () => 1 };

const PARTS: ReadonlyArray<[string, (text: string) => unknown]> = [
  ['outline', (t) => buildOutline(t)],
  ['parties', (t) => findParties(t)],
  ['provisions', (t) => findProvisions(t, { ...place, parties: findParties(t) })],
  ['term and dates', (t) => analyzeTerm(t, place)],
  ['governing law', (t) => findGoverningLaw(t)],
  ['notice zone', (t) => noticeZone(t)],
  ['document kind', (t) => documentKind(t)],
];

/** CPU milliseconds spent running `work`. */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** CPU time of each part over `texts` (a warm pass: the caller has run the analysis once already). */
export function timeParts(texts: string[]): PartTime[] {
  return PARTS.map(([part, run]) => ({
    part,
    ms: cpuMs(() => {
      for (const text of texts) {
        try {
          run(text);
        } catch {
          // a failing part is reported by the main pass
        }
      }
    }),
  }));
}
