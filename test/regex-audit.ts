/**
 * `npm run audit:regex` — checks every regular expression of the text analysers (lib/contract, lib/letter)
 * for catastrophic backtracking with recheck (its native backend). An exponential pattern fails the audit
 * outright; a polynomial one, or one recheck cannot decide in time, must be listed in
 * test/regex-audit-allowlist.json with a one-line reason why its input is bounded; a listed pattern that is
 * no longer in the sources (fixed, or changed) fails too, so the list stays true. One the fuzzer finds safe on
 * a run is only noted: the fuzzer can miss on one run what it finds on the next. `--write` rewrites the list with
 * the current findings, keeping the reasons already given and marking new ones "TODO"; a "TODO" reason fails.
 * `--cached` reuses the decided findings of the last run for unchanged patterns (quick while editing a few
 * patterns; the verdict that counts is a full run).
 * A script rather than a unit test: the full audit takes minutes on a shared two-core machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { type AuditedPattern, auditedSourceFiles, constructedPatterns, literalPatterns } from './regex-audit-patterns.ts';

process.env.RECHECK_BACKEND ??= 'native';
const ALLOWLIST = new URL('./regex-audit-allowlist.json', import.meta.url);
// recheck's time per pattern is seconds of CPU: with more lanes than cores, or a short timeout, a busy
// machine turns decidable patterns into "undecided", and its fuzzer's verdicts vary with load. One lane at a
// time and 30 s decide every current pattern in about five minutes.
const PATTERN_TIMEOUT_MS = 30_000;
const CACHE = new URL('../node_modules/.cache/regex-audit/findings.json', import.meta.url);

interface Listed {
  source: string;
  flags: string;
  at: string;
  finding: string;
  reason: string;
}

const keyOf = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;

async function allPatterns(): Promise<AuditedPattern[]> {
  const built = await constructedPatterns(async () => {
    for (const file of auditedSourceFiles()) await import(new URL(`../${file}`, import.meta.url).href);
    const { analyzeAgreement } = await import('../lib/contract/analyze.ts');
    const { analyzeLetter } = await import('../lib/letter/analyze-letter.ts');
    const read = (name: string) => readFileSync(new URL(`../examples/hosting-suspension/${name}`, import.meta.url), 'utf8');
    analyzeAgreement({ text: read('agreement.txt'), pages: 1, pageStarts: [0], format: 'txt' });
    analyzeLetter({ text: read('letter.txt'), pages: 1, pageStarts: [0], format: 'txt' });
  });
  const unique = new Map<string, AuditedPattern>();
  for (const pattern of [...literalPatterns(), ...built]) if (!unique.has(keyOf(pattern))) unique.set(keyOf(pattern), pattern);
  return [...unique.values()];
}

/** 'safe', 'exponential', 'polynomial (degree n)' or 'undecided (timeout)'. */
async function findingOf(pattern: AuditedPattern): Promise<string> {
  const result = await check(pattern.source, pattern.flags, { timeout: PATTERN_TIMEOUT_MS });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable')
    return result.complexity.type === 'exponential' ? 'exponential' : `polynomial (degree ${result.complexity.degree})`;
  return `undecided (${result.error.kind})`;
}

function cachedFindings(): Map<string, string> {
  if (!process.argv.includes('--cached') || !existsSync(CACHE)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string>));
}

function saveFindings(findings: Map<string, string>): void {
  mkdirSync(new URL('.', CACHE), { recursive: true });
  const decided = [...findings].filter(([, finding]) => !finding.startsWith('undecided'));
  writeFileSync(CACHE, JSON.stringify(Object.fromEntries(decided)));
}

async function audit(): Promise<number> {
  const patterns = await allPatterns();
  const cached = cachedFindings();
  const findings = new Map<string, string>();
  let next = 0;
  const started = performance.now();
  const lanes = 1;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < patterns.length) {
        const pattern = patterns[next++] as AuditedPattern;
        findings.set(keyOf(pattern), cached.get(keyOf(pattern)) ?? (await findingOf(pattern)));
      }
    }),
  );
  saveFindings(findings);
  const listed: Listed[] = JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
  const listedByKey = new Map(listed.map((entry) => [keyOf(entry), entry]));
  const flagged = patterns.filter((p) => findings.get(keyOf(p)) !== 'safe');
  const problems: string[] = [];
  const notes: string[] = [];
  for (const pattern of flagged) {
    const finding = findings.get(keyOf(pattern)) as string;
    if (finding === 'exponential') problems.push(`exponential backtracking: ${pattern.at} ${keyOf(pattern)}`);
    else if (!listedByKey.has(keyOf(pattern))) problems.push(`${finding}, not in the allowlist: ${pattern.at} ${keyOf(pattern)}`);
    else if (listedByKey.get(keyOf(pattern))?.reason.trim() === 'TODO')
      problems.push(`${finding}, listed without a reason: ${pattern.at} ${keyOf(pattern)}`);
  }
  for (const entry of listed) {
    const finding = findings.get(keyOf(entry));
    if (finding === undefined) problems.push(`listed but no longer in the sources (remove it): ${entry.at} ${keyOf(entry)}`);
    // Not a failure, and kept by `--write`: recheck's fuzzer may miss on one run what it finds on the next.
    // A pattern that was fixed has a new source, so its old entry goes as "no longer in the sources".
    else if (finding === 'safe') notes.push(`listed but found safe this run (kept): ${entry.at} ${keyOf(entry)}`);
  }
  if (process.argv.includes('--write')) {
    const kept = patterns.filter((p) => findings.get(keyOf(p)) === 'safe' && listedByKey.has(keyOf(p)));
    const rewritten: Listed[] = [...flagged, ...kept]
      .filter((p) => findings.get(keyOf(p)) !== 'exponential')
      .map((p) => ({
        source: p.source,
        flags: p.flags,
        at: p.at,
        finding: findings.get(keyOf(p)) === 'safe' ? (listedByKey.get(keyOf(p))?.finding as string) : (findings.get(keyOf(p)) as string),
        reason: listedByKey.get(keyOf(p))?.reason ?? 'TODO',
      }))
      .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true }));
    writeFileSync(ALLOWLIST, `${JSON.stringify(rewritten, null, 2)}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const count = (what: string) => [...findings.values()].filter((f) => f.startsWith(what)).length;
  process.stdout.write(
    `regex audit: ${patterns.length} patterns in ${seconds} s: ${count('safe')} safe, ${count('polynomial')} polynomial, ` +
      `${count('undecided')} undecided, ${count('exponential')} exponential\n`,
  );
  for (const note of notes) process.stdout.write(`  note: ${note}\n`);
  for (const problem of problems) process.stdout.write(`  ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await audit();
