/**
 * The governing-law clause ("This Agreement shall be governed by and construed in accordance with
 * the laws of the State of New York") mapped to a jurisdiction code: ISO 3166-2 for US states and
 * Canadian provinces (US-NY, CA-ON), ISO 3166-1 for countries (DE, FR, IT); "England and Wales" is GB.
 * The code later chooses the holiday calendar for counting business days.
 */
import { JURISDICTIONS } from './jurisdictions.ts';
import { sentenceAround, type Span } from './structure/sentence.ts';

export interface GoverningLaw extends Span {
  jurisdiction: string | null;
}

// A verb of governing or construing, then (within the same sentence) "in accordance with / according to /
// under / by / pursuant to" and "law(s)": "governed and construed according to the law of Tennessee",
// "interpreted under the laws of the State of Nevada", "GOVERNED BY, AND CONSTRUED AND INTERPRETED IN
// ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK". Gaps are bounded so a match costs O(1) per verb.
// "organized under the laws of Delaware" (incorporation) has none of these verbs and is not a choice of law.
const CLAUSE =
  /\b(?:governed|construed|interpreted|determined|enforced|applied)\b[^.;]{0,80}?\b(?:in\s+accordance\s+with|according\s+to|under|by|pursuant\s+to)\b[^.;]{0,40}?\blaws?\b|\bgoverning\s+law\b/gi;
const LAWS_OF =
  /\blaws?\s+(?:and\s+decisions\s+)?(?:in\s+force\s+in\s+|of\s+)(?:the\s+)?(?:State\s+of\s+|Commonwealth\s+of\s+|Province\s+of\s+|Republic\s+of\s+|Federal\s+Republic\s+of\s+|Kingdom\s+of\s+)?([A-Z][A-Za-z.']*(?:\s+(?:and\s+)?[A-Z][A-Za-z.']*){0,3})/gi;
const MAX_CLAUSES = 10;
// "determined in accordance with the patent laws of the United States" names a body of law, not the law
// that governs the contract.
const BODY_OF_LAW_BEFORE =
  /\b(?:patent|tax|securities|antitrust|export|environmental|employment|labou?r|privacy|bankruptcy|insolvency|copyright|trademark|immigration|competition)\s+$/i;

function jurisdictionOf(name: string): string | null {
  const words = name.replace(/\s+/g, ' ').trim();
  // Longest known prefix first: "New York" before "New", "England and Wales" before "England".
  for (let n = Math.min(4, words.split(' ').length); n >= 1; n -= 1) {
    const candidate = words.split(' ').slice(0, n).join(' ').toLowerCase().replace(/[.,]$/, '');
    const code = JURISDICTIONS[candidate];
    if (code !== undefined) return code;
  }
  return null;
}

/**
 * The governing-law clause and its jurisdiction, or null.
 * @example findGoverningLaw('governed by the laws of the State of Washington, without regard to ...')?.jurisdiction // 'US-WA'
 */
export function findGoverningLaw(text: string): GoverningLaw | null {
  CLAUSE.lastIndex = 0;
  let seen = 0;
  let first: GoverningLaw | null = null;
  for (let m = CLAUSE.exec(text); m !== null && seen < MAX_CLAUSES; m = CLAUSE.exec(text)) {
    seen += 1;
    const span = sentenceAround(text, m.index);
    const sentence = text.slice(span.start, span.end);
    LAWS_OF.lastIndex = 0;
    for (let law = LAWS_OF.exec(sentence); law !== null; law = LAWS_OF.exec(sentence)) {
      if (BODY_OF_LAW_BEFORE.test(sentence.slice(Math.max(0, law.index - 20), law.index))) continue;
      const jurisdiction = jurisdictionOf(law[1] as string);
      if (jurisdiction !== null) return { ...span, jurisdiction };
    }
    first ??= { ...span, jurisdiction: null };
    CLAUSE.lastIndex = Math.max(CLAUSE.lastIndex, span.end);
  }
  return first;
}
