/**
 * The CUAD training pool (`${POOL_DIR:-../shared/corpus/cuad-train}`): its texts and CUAD's answer
 * spans, with offsets turned from code points (as the pool gives them) into string indexes.
 * Read by `npm run train` and by the cross-validated part of `npm run eval`; never copied into the
 * repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PoolSpan {
  start: number;
  end: number;
  text: string;
}

export interface PoolDate {
  iso: string | null;
  raw?: string;
}

export interface PoolContract {
  id: string;
  text: string;
  /** Contracts that must stay in one fold: a near-duplicate group, or a dev twin. */
  group: string;
  tfc: { answer: string; spans: PoolSpan[] };
  renewalTerm: PoolSpan[];
  nonRenewal: PoolSpan[];
  expiration: PoolDate | null;
  effective: PoolDate | null;
}

interface RawLabel {
  answer: string;
  spans: { text: string; char_start: number; char_end: number }[];
  date?: PoolDate | null;
}

interface RawRecord {
  id: string;
  txt_file: string;
  near_duplicate_group: string | null;
  near_dev: string[];
  labels: Record<string, RawLabel>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The pool folder: POOL_DIR, absolute or relative to the repository root. */
export function poolDir(): string {
  const setting = process.env.POOL_DIR ?? '../shared/corpus/cuad-train';
  return isAbsolute(setting) ? setting : resolve(repoRoot, setting);
}

/** Maps code-point offsets to UTF-16 indexes (the same numbers unless the text has astral characters). */
function indexMap(text: string): ((codePoint: number) => number) | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[cp] ?? text.length;
}

function spansOf(label: RawLabel | undefined, toIndex: ((cp: number) => number) | null): PoolSpan[] {
  return (label?.spans ?? []).map((s) => ({
    start: toIndex ? toIndex(s.char_start) : s.char_start,
    end: toIndex ? toIndex(s.char_end) : s.char_end,
    text: s.text,
  }));
}

/** Loads the pool, or returns null when it is not there. */
export function loadPool(dir = poolDir()): PoolContract[] | null {
  const labelsPath = join(dir, 'labels.jsonl');
  if (!existsSync(labelsPath)) return null;
  const records = readFileSync(labelsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawRecord);
  return records.map((r) => {
    const text = readFileSync(join(dir, r.txt_file), 'utf8');
    const toIndex = indexMap(text);
    const tfc = r.labels['Termination For Convenience'];
    return {
      id: r.id,
      text,
      group: r.near_dev[0] ?? r.near_duplicate_group ?? r.id,
      tfc: { answer: tfc?.answer ?? '', spans: spansOf(tfc, toIndex) },
      renewalTerm: spansOf(r.labels['Renewal Term'], toIndex),
      nonRenewal: spansOf(r.labels['Notice Period To Terminate Renewal'], toIndex),
      expiration: r.labels['Expiration Date']?.date ?? null,
      effective: r.labels['Effective Date']?.date ?? null,
    };
  });
}

/** Whether [start, end) overlaps any of the spans. */
export const overlaps = (spans: PoolSpan[], start: number, end: number): boolean => spans.some((s) => s.start < end && start < s.end);
