/**
 * What the backtracking audit decides about one pattern, shared by `npm run audit:regex` (the full audit, which
 * writes the record) and test/regex-audit.test.ts (which trusts the record and checks only the patterns that
 * changed since). Both judge a finding by problemOf, so the test cannot pass what the full audit would fail.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { type AuditedPattern, keyOf } from './regex-audit-patterns.ts';

// recheck reads its backend on every check; the native binary needs no JVM and starts fast.
process.env.RECHECK_BACKEND ??= 'native';

const ALLOWLIST = new URL('./regex-audit-allowlist.json', import.meta.url);
const RECORD = new URL('./regex-audit-record.json', import.meta.url);

/** One allowlisted pattern: a polynomial or undecided finding, with why its input is bounded. */
export interface Listed {
  source: string;
  flags: string;
  at: string;
  finding: string;
  reason: string;
}

/** The record of the last full audit: recordKeyOf(pattern) → 'safe' or the finding the allowlist gives it. */
export type AuditRecord = Record<string, string>;

/** The record's key: a short hash, so the record stays small and a changed pattern simply has no entry. */
export const recordKeyOf = (pattern: { source: string; flags: string }): string =>
  createHash('sha256').update(keyOf(pattern)).digest('hex').slice(0, 16);

/** recheck's verdict on one pattern: 'safe', 'exponential', 'polynomial (degree n)' or 'undecided (timeout)'. */
export async function findingOf(pattern: { source: string; flags: string }, timeoutMs: number): Promise<string> {
  const result = await check(pattern.source, pattern.flags, { timeout: timeoutMs });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable')
    return result.complexity.type === 'exponential' ? 'exponential' : `polynomial (degree ${result.complexity.degree})`;
  return `undecided (${result.error.kind})`;
}

/**
 * Why a finding fails the audit, or null when it passes: exponential always fails; polynomial or undecided pass
 * only when the allowlist lists the pattern with a reason (not "TODO").
 */
export function problemOf(pattern: AuditedPattern, finding: string, allowlist: ReadonlyMap<string, Listed>): string | null {
  if (finding === 'safe') return null;
  const where = `${pattern.at} ${keyOf(pattern)}`;
  if (finding === 'exponential') return `exponential backtracking: ${where}`;
  const listed = allowlist.get(keyOf(pattern));
  if (!listed) return `${finding}, not in the allowlist: ${where}`;
  if (listed.reason.trim() === 'TODO') return `${finding}, listed without a reason: ${where}`;
  return null;
}

export const readAllowlist = (): Listed[] => JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
export const writeAllowlist = (listed: Listed[]): void => writeFileSync(ALLOWLIST, `${JSON.stringify(listed, null, 2)}\n`);
export const allowlistByKey = (listed: Listed[]): Map<string, Listed> => new Map(listed.map((entry) => [keyOf(entry), entry]));

/** The committed record; none yet reads as empty, so every pattern counts as unrecorded. */
export const readRecord = (): AuditRecord => (existsSync(RECORD) ? JSON.parse(readFileSync(RECORD, 'utf8')) : {});

/**
 * The record of a full audit: every pattern that passed it, under its short hash, sorted by hash so a change
 * shows as one line in a diff. A pattern that failed is left out, so the test checks it again.
 */
export function recordOf(
  patterns: AuditedPattern[],
  findings: ReadonlyMap<string, string>,
  allowlist: ReadonlyMap<string, Listed>,
): AuditRecord {
  const entries = patterns.flatMap((pattern): [string, string][] => {
    const finding = findings.get(keyOf(pattern));
    if (finding === undefined || problemOf(pattern, finding, allowlist) !== null) return [];
    // A listed pattern keeps the allowlist's finding even on a run where the fuzzer missed it.
    return [[recordKeyOf(pattern), allowlist.get(keyOf(pattern))?.finding ?? finding]];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const writeRecord = (record: AuditRecord): void => writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
