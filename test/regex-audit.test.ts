/**
 * The backtracking audit of lib/contract and lib/letter inside `npm test`, in bounded time. The full audit
 * (`npm run audit:regex -- --write`, minutes) records every pattern it passed in test/regex-audit-record.json;
 * here those are taken as decided, and only the patterns new or changed since are checked with recheck, by the
 * same rule (problemOf) the full audit applies. Past a handful of them the full audit is the quicker way, and
 * the test says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allowlistByKey, findingOf, type Listed, problemOf, readAllowlist, readRecord, recordKeyOf } from './regex-audit-findings.ts';
import { type AuditedPattern, auditedPatterns } from './regex-audit-patterns.ts';

// Enough for the clauses of one change; more would make `npm test` as slow as the full audit.
const MAX_UNRECORDED = 15;
// The slowest current pattern took 14 s on a loaded two-core machine; the full audit allows 30 s.
const PATTERN_TIMEOUT_MS = 20_000;
const FULL_AUDIT =
  'run `npm run audit:regex -- --write` (add `--cached` to reuse the recorded findings), give any new allowlist entry ' +
  'its reason, and commit test/regex-audit-record.json with test/regex-audit-allowlist.json';

let patterns: AuditedPattern[] = [];
beforeAll(async () => {
  patterns = await auditedPatterns();
});

describe('the check a pattern gets', () => {
  const example = (source: string): AuditedPattern => ({ source, flags: '', at: 'example' });
  const listed = (pattern: AuditedPattern, finding: string, reason: string): Map<string, Listed> =>
    allowlistByKey([{ ...pattern, finding, reason }]);

  it('fails an exponential pattern such as /^(a+)+$/, even when it is allowlisted', async () => {
    const nested = example('^(a+)+$');
    const finding = await findingOf(nested, PATTERN_TIMEOUT_MS);
    expect(finding).toBe('exponential');
    expect(problemOf(nested, finding, new Map())).toMatch(/^exponential backtracking/);
    expect(problemOf(nested, finding, listed(nested, finding, 'input is short'))).toMatch(/^exponential backtracking/);
  });

  it('passes a polynomial pattern such as /\\s+$/ only when the allowlist gives a reason', async () => {
    const trailingSpace = example('\\s+$');
    const finding = await findingOf(trailingSpace, PATTERN_TIMEOUT_MS);
    expect(finding).toMatch(/^polynomial/);
    expect(problemOf(trailingSpace, finding, new Map())).toMatch(/not in the allowlist/);
    expect(problemOf(trailingSpace, finding, listed(trailingSpace, finding, 'TODO'))).toMatch(/listed without a reason/);
    expect(problemOf(trailingSpace, finding, listed(trailingSpace, finding, 'one line of a header'))).toBeNull();
  });

  it('passes a linear pattern such as /^[a-z]+:\\d+$/', async () => {
    const linear = example('^[a-z]+:\\d+$');
    const finding = await findingOf(linear, PATTERN_TIMEOUT_MS);
    expect(finding).toBe('safe');
    expect(problemOf(linear, finding, new Map())).toBeNull();
  });
});

describe('the patterns of lib/contract and lib/letter', () => {
  it('include the ones built with new RegExp, not only the literals', () => {
    expect(patterns.some((pattern) => pattern.at.startsWith('lib/contract/provisions/flexible.ts'))).toBe(true);
  });

  it(
    'passed the last full audit, or pass the same check now',
    async () => {
      const record = readRecord();
      const allowlist = allowlistByKey(readAllowlist());
      const unrecorded = patterns.filter((pattern) => record[recordKeyOf(pattern)] === undefined);
      expect(
        unrecorded.length,
        `${unrecorded.length} patterns are new or changed since the last full audit, more than ${MAX_UNRECORDED} to check here: ${FULL_AUDIT}`,
      ).toBeLessThanOrEqual(MAX_UNRECORDED);
      // A recorded finding is judged again, so a hand-edited record cannot pass what the allowlist does not.
      const problems = patterns.flatMap((pattern) => {
        const recorded = record[recordKeyOf(pattern)];
        return recorded === undefined ? [] : (problemOf(pattern, recorded, allowlist) ?? []);
      });
      if (unrecorded.length > 0)
        console.info(
          `regex audit: ${unrecorded.length} patterns not in the record, checked here:\n${unrecorded.map((p) => `  ${p.at}`).join('\n')}`,
        );
      for (const pattern of unrecorded) {
        const problem = problemOf(pattern, await findingOf(pattern, PATTERN_TIMEOUT_MS), allowlist);
        if (problem?.startsWith('undecided'))
          problems.push(`${problem} (in ${PATTERN_TIMEOUT_MS / 1000} s here; the full audit allows 30 s)`);
        else if (problem) problems.push(problem);
      }
      expect(
        problems,
        'rewrite an exponential pattern; a polynomial one may instead be listed in the allowlist with why its input is bounded; ' +
          `then ${FULL_AUDIT}`,
      ).toEqual([]);
    },
    // Only this test runs recheck on the sources' patterns: at most MAX_UNRECORDED of them, one at a time.
    MAX_UNRECORDED * PATTERN_TIMEOUT_MS + 30_000,
  );

  // Each edited pattern leaves its old entry behind until the next --write prunes it; a record that far behind
  // (or a gatherer that missed patterns here) is no longer the audit of these sources.
  it(`leave at most ${MAX_UNRECORDED} entries of the record that name no current pattern`, () => {
    const current = new Set(patterns.map(recordKeyOf));
    const gone = Object.keys(readRecord()).filter((key) => !current.has(key));
    expect(gone.length, `the record names ${gone.length} patterns no longer in the sources: ${FULL_AUDIT}`).toBeLessThanOrEqual(
      MAX_UNRECORDED,
    );
  });
});
