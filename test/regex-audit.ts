/**
 * `npm run audit:regex` — checks every regular expression of the text analysers (lib/contract, lib/letter)
 * for catastrophic backtracking with recheck (its native backend). An exponential pattern fails the audit
 * outright; a polynomial one, or one recheck cannot decide in time, must be listed in
 * test/regex-audit-allowlist.json with a one-line reason why its input is bounded; a listed pattern that is
 * no longer in the sources (fixed, or changed) fails too, so the list stays true. One the fuzzer finds safe on
 * a run is only noted: the fuzzer can miss on one run what it finds on the next. `--write` rewrites the list with
 * the current findings, keeping the reasons already given and marking new ones "TODO"; a "TODO" reason fails.
 * `--write` also rewrites test/regex-audit-record.json, the record of every pattern that passed (by a short
 * hash of its source and flags): `npm test` trusts it and runs recheck only on the patterns not in it, the ones
 * new or changed since (test/regex-audit.test.ts).
 * `--cached` reuses the decided findings of the record and of the last run for unchanged patterns (seconds, while
 * editing a few patterns; the verdict that counts is a full run).
 * The full audit stays a script, outside `npm test`: it takes minutes on a shared two-core machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  allowlistByKey,
  findingOf,
  type Listed,
  problemOf,
  readAllowlist,
  readRecord,
  recordKeyOf,
  recordOf,
  writeAllowlist,
  writeRecord,
} from './regex-audit-findings.ts';
import { type AuditedPattern, auditedPatterns, keyOf } from './regex-audit-patterns.ts';

// recheck's time per pattern is seconds of CPU: with more lanes than cores, or a short timeout, a busy
// machine turns decidable patterns into "undecided", and its fuzzer's verdicts vary with load. One lane at a
// time and 30 s decide every current pattern in about five minutes.
const PATTERN_TIMEOUT_MS = 30_000;
const CACHE = new URL('../node_modules/.cache/regex-audit/findings.json', import.meta.url);

/** With --cached: the decided findings of the last local run, else of the committed record. */
function cachedFinding(): (pattern: AuditedPattern) => string | undefined {
  if (!process.argv.includes('--cached')) return () => undefined;
  const local = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string>) : {};
  const record = readRecord();
  return (pattern) => {
    const finding = local[keyOf(pattern)] ?? record[recordKeyOf(pattern)];
    return finding?.startsWith('undecided') ? undefined : finding;
  };
}

function saveFindings(findings: Map<string, string>): void {
  mkdirSync(new URL('.', CACHE), { recursive: true });
  const decided = [...findings].filter(([, finding]) => !finding.startsWith('undecided'));
  writeFileSync(CACHE, JSON.stringify(Object.fromEntries(decided)));
}

/** The allowlist --write leaves: every flagged pattern but the exponential ones, and the listed ones found safe. */
function rewrittenAllowlist(patterns: AuditedPattern[], findings: Map<string, string>, listedByKey: Map<string, Listed>): Listed[] {
  const flagged = patterns.filter((p) => findings.get(keyOf(p)) !== 'safe');
  const kept = patterns.filter((p) => findings.get(keyOf(p)) === 'safe' && listedByKey.has(keyOf(p)));
  return [...flagged, ...kept]
    .filter((p) => findings.get(keyOf(p)) !== 'exponential')
    .map((p) => ({
      source: p.source,
      flags: p.flags,
      at: p.at,
      finding: findings.get(keyOf(p)) === 'safe' ? (listedByKey.get(keyOf(p))?.finding as string) : (findings.get(keyOf(p)) as string),
      reason: listedByKey.get(keyOf(p))?.reason ?? 'TODO',
    }))
    .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true }));
}

async function audit(): Promise<number> {
  const patterns = await auditedPatterns();
  const cached = cachedFinding();
  const findings = new Map<string, string>();
  const started = performance.now();
  let slowest = 0;
  for (const pattern of patterns) {
    const before = performance.now();
    findings.set(keyOf(pattern), cached(pattern) ?? (await findingOf(pattern, PATTERN_TIMEOUT_MS)));
    slowest = Math.max(slowest, performance.now() - before);
  }
  saveFindings(findings);
  const listed = readAllowlist();
  const listedByKey = allowlistByKey(listed);
  const problems: string[] = [];
  const notes: string[] = [];
  for (const pattern of patterns) {
    const problem = problemOf(pattern, findings.get(keyOf(pattern)) as string, listedByKey);
    if (problem) problems.push(problem);
  }
  for (const entry of listed) {
    const finding = findings.get(keyOf(entry));
    if (finding === undefined) problems.push(`listed but no longer in the sources (remove it): ${entry.at} ${keyOf(entry)}`);
    // Not a failure, and kept by `--write`: recheck's fuzzer may miss on one run what it finds on the next.
    // A pattern that was fixed has a new source, so its old entry goes as "no longer in the sources".
    else if (finding === 'safe') notes.push(`listed but found safe this run (kept): ${entry.at} ${keyOf(entry)}`);
  }
  if (process.argv.includes('--write')) {
    const rewritten = rewrittenAllowlist(patterns, findings, listedByKey);
    writeAllowlist(rewritten);
    // From the rewritten list: a new polynomial pattern listed "TODO" stays out until it has a reason.
    writeRecord(recordOf(patterns, findings, allowlistByKey(rewritten)));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const count = (what: string) => [...findings.values()].filter((f) => f.startsWith(what)).length;
  process.stdout.write(
    `regex audit: ${patterns.length} patterns in ${seconds} s (slowest ${(slowest / 1000).toFixed(1)} s): ${count('safe')} safe, ` +
      `${count('polynomial')} polynomial, ${count('undecided')} undecided, ${count('exponential')} exponential\n`,
  );
  for (const note of notes) process.stdout.write(`  note: ${note}\n`);
  for (const problem of problems) process.stdout.write(`  ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await audit();
