/**
 * Scoring rules of `npm run eval`. Every field is scored per contract and the counts are summed over
 * the corpus (micro-averaged): recall = matched gold items / gold items; precision = matched
 * extracted items / extracted items that could be judged.
 *
 * Period fields (non-renewal, termination for convenience, cure): within one contract the gold items
 * and the extracted items are each reduced to a SET of keys (period-keys.ts), so a period stated
 * twice counts once on both sides. A gold key is matched when the extracted set holds the same key.
 * Uncertain gold items are scored like the others and also counted separately in the report.
 *
 * Dates: only gold full ISO dates are recall items. An extracted date is judged
 *   - correct when it equals the gold ISO date;
 *   - wrong when gold has a different ISO date, says "perpetual" (there is no end date), or is a
 *     partial date whose year (and month, when known) disagree;
 *   - not judged (reported as "unjudged") when gold is null (CUAD gave no answer), redacted,
 *     unparseable, or a partial date it agrees with.
 * Off-by-one-day errors are counted as wrong and reported separately, because they show a
 * convention mismatch (anniversary vs. the day before) rather than a reading error.
 */
import type { AgreementAnalysis, Provision, ProvisionType } from '../../lib/domain/types.ts';
import { isOptInNotice, type GoldDate, type GoldPeriod, type GoldRecord } from './gold.ts';
import { extractedPeriodKey, goldPeriodKey } from './period-keys.ts';

export interface Tally {
  gold: number;
  matchedGold: number;
  extracted: number;
  matchedExtracted: number;
  uncertainGold: number;
  uncertainMatched: number;
  unjudged: number;
  offByOneDay: number;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  matchedGold: 0,
  extracted: 0,
  matchedExtracted: 0,
  uncertainGold: 0,
  uncertainMatched: 0,
  unjudged: 0,
  offByOneDay: 0,
});

export interface ContractMiss {
  id: string;
  field: string;
  gold: string[];
  extracted: string[];
}

/** Adds the comparison of one contract's gold period items with its extracted provisions. */
export function tallyPeriods(
  tally: Tally,
  goldItems: GoldPeriod[],
  extractedKeys: string[],
): { goldKeys: string[]; extractedKeys: string[]; perfect: boolean } {
  const goldKeys = new Set(goldItems.map(goldPeriodKey));
  const uncertainKeys = new Set(goldItems.filter((item) => item.uncertain).map(goldPeriodKey));
  const found = new Set(extractedKeys);
  tally.gold += goldKeys.size;
  tally.extracted += found.size;
  for (const key of goldKeys) if (found.has(key)) tally.matchedGold += 1;
  for (const key of found) if (goldKeys.has(key)) tally.matchedExtracted += 1;
  tally.uncertainGold += uncertainKeys.size;
  for (const key of uncertainKeys) if (found.has(key)) tally.uncertainMatched += 1;
  const perfect = goldKeys.size === found.size && [...goldKeys].every((key) => found.has(key));
  return { goldKeys: [...goldKeys], extractedKeys: [...found], perfect };
}

/** Keys of the periods an analysis gives for one provision type (`cure` reads every provision's cure period). */
export function extractedKeys(analysis: AgreementAnalysis, type: ProvisionType | 'cure'): string[] {
  if (type === 'cure') {
    return analysis.provisions.filter((p: Provision) => p.cure !== null).map((p) => extractedPeriodKey(p.cure, p.flags));
  }
  return analysis.provisions.filter((p) => p.type === type).map((p) => extractedPeriodKey(p.notice, p.flags));
}

export const nonRenewalGold = (record: GoldRecord): GoldPeriod[] =>
  record.gold.notice_to_terminate_renewal.filter((item) => !isOptInNotice(item));

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/**
 * The dates that count as a match for an extracted expiration: the legal last day, its alternative
 * readings, and — when the date was counted from a length — the anniversary the CUAD labels use
 * (the day after the legal last day). The product reports the legal day; the eval accepts both.
 */
export function acceptedExpirations(term: AgreementAnalysis['term']): string[] {
  if (term.expirationDate === null) return [];
  const accepted = [term.expirationDate, ...(term.expirationAlternatives ?? []).map((a) => a.date)];
  if (term.expirationBasis === 'length') {
    const next = new Date(Date.parse(`${term.expirationDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    accepted.push(next);
  }
  return accepted;
}

/**
 * Adds one contract's date comparison; returns a description of a miss, or null. `accepted` lists
 * other dates that also count as correct (see acceptedExpirations).
 */
export function tallyDate(tally: Tally, gold: GoldDate | null, extracted: string | null, accepted: string[] = []): string | null {
  const goldIso = gold?.iso ?? null;
  if (goldIso !== null) {
    tally.gold += 1;
    if (gold?.uncertain) tally.uncertainGold += 1;
    if (extracted === null) return `missed ${goldIso}`;
    tally.extracted += 1;
    if (extracted === goldIso || accepted.includes(goldIso)) {
      tally.matchedGold += 1;
      tally.matchedExtracted += 1;
      if (gold?.uncertain) tally.uncertainMatched += 1;
      return null;
    }
    if (Math.abs(daysBetween(extracted, goldIso)) === 1) tally.offByOneDay += 1;
    return `gave ${extracted}, gold ${goldIso}`;
  }
  if (extracted === null) return null;
  if (gold !== null && /^perpetual$/i.test(gold.raw ?? '')) {
    tally.extracted += 1;
    return `gave ${extracted}, gold perpetual`;
  }
  if (gold?.partial && gold.year !== undefined) {
    const [year, month] = extracted.split('-').map(Number);
    const agrees = year === gold.year && (gold.month === undefined || month === gold.month);
    if (!agrees) {
      tally.extracted += 1;
      return `gave ${extracted}, gold partial ${gold.year}-${gold.month ?? '?'}`;
    }
  }
  tally.unjudged += 1;
  return null;
}

export const recall = (t: Tally): number | null => (t.gold === 0 ? null : t.matchedGold / t.gold);
export const precision = (t: Tally): number | null => (t.extracted === 0 ? null : t.matchedExtracted / t.extracted);
