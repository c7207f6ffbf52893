/**
 * `npm run eval [-- --json] [-- --misses] [-- --dev-only]`: scores agreement extraction on the CUAD development set,
 * shows which role each gold period was given (confusion), and — unless `--dev-only` — the training pool's
 * cross-validated classifier figures.
 *
 * Reads `${CORPUS_DIR:-../shared/corpus/cuad-dev}` (relative to the repository root unless absolute):
 * labels.jsonl and texts/. Runs analyzeAgreement on every text and prints recall and precision per
 * field beside the product's accuracy goals, and the analysis speed in MB/s. How each field is scored is
 * written in bench/eval/score.ts and bench/eval/period-keys.ts.
 *
 * It is a report: it exits 0 when goals are missed. It exits 1 when it cannot run (no corpus) and
 * 2 when the analysis threw on a contract (analyzeAgreement must never throw).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyzeAgreement } from '../lib/contract/analyze.ts';
import type { AgreementAnalysis } from '../lib/domain/types.ts';
import { parseLabels, type GoldRecord } from './eval/gold.ts';
import {
  acceptedExpirations,
  emptyTally,
  extractedKeys,
  nonRenewalGold,
  precision,
  recall,
  tallyDate,
  tallyPeriods,
  type ContractMiss,
  type Tally,
} from './eval/score.ts';
import { printReport, type FieldReport } from './eval/report.ts';
import { cpuMs, timeParts } from './eval/parts.ts';
import { tallyParties, type PartyTally } from './eval/parties.ts';
import { confusionLines, emptyConfusion, tallyConfusion } from './eval/confusion.ts';
import { DEFAULT_FIT } from '../lib/contract/classifier/fit.ts';
import { crossValidatedLines } from './train/cv-report.ts';
import { poolExamples } from './train/examples.ts';
import { loadPool, poolDir } from './train/pool.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusSetting = process.env.CORPUS_DIR ?? '../shared/corpus/cuad-dev';
const corpusDir = isAbsolute(corpusSetting) ? corpusSetting : resolve(repoRoot, corpusSetting);
const args = new Set(process.argv.slice(2));

function loadCorpus(): GoldRecord[] {
  const labelsPath = join(corpusDir, 'labels.jsonl');
  if (!existsSync(labelsPath)) {
    console.error(
      `eval: no corpus at ${corpusDir} (labels.jsonl not found). ` +
        'Set CORPUS_DIR to the cuad-dev folder (absolute, or relative to the repository root).',
    );
    process.exit(1);
  }
  return parseLabels(readFileSync(labelsPath, 'utf8'));
}

const records = loadCorpus();
const fields = {
  nonRenewal: emptyTally(),
  tfc: emptyTally(),
  cure: emptyTally(),
  renewalKind: emptyTally(),
  effective: emptyTally(),
  expiration: emptyTally(),
  agreement: emptyTally(),
};
const misses: ContractMiss[] = [];
const confusion = emptyConfusion();
const failures: { id: string; message: string }[] = [];
let contractsWithoutNonRenewal = 0;
let falseNonRenewal = 0;
let governingLawFound = 0;
const partyTally: PartyTally = { gold: 0, matchedGold: 0, extracted: 0, matchedExtracted: 0 };
let bytes = 0;
let elapsedMs = 0;

function periodField(id: string, field: string, tally: Tally, gold: Parameters<typeof tallyPeriods>[1], keys: string[]) {
  const result = tallyPeriods(tally, gold, keys);
  if (!result.perfect) misses.push({ id, field, gold: result.goldKeys, extracted: result.extractedKeys });
}

function dateField(
  id: string,
  field: string,
  tally: Tally,
  gold: Parameters<typeof tallyDate>[1],
  value: string | null,
  accepted: string[] = [],
) {
  const miss = tallyDate(tally, gold, value, accepted);
  if (miss !== null) misses.push({ id, field, gold: [miss], extracted: [] });
}

for (const record of records) {
  const text = readFileSync(join(corpusDir, record.txt_file), 'utf8');
  bytes += Buffer.byteLength(text, 'utf8');
  let analysis: AgreementAnalysis;
  const started = performance.now();
  try {
    analysis = analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' });
  } catch (error) {
    failures.push({ id: record.id, message: error instanceof Error ? error.message : String(error) });
    continue;
  } finally {
    elapsedMs += performance.now() - started;
  }
  const { gold } = record;
  const nonRenewal = nonRenewalGold(record);
  const nonRenewalKeys = extractedKeys(analysis, 'non-renewal');
  periodField(record.id, 'non-renewal', fields.nonRenewal, nonRenewal, nonRenewalKeys);
  if (nonRenewal.length === 0) {
    contractsWithoutNonRenewal += 1;
    if (nonRenewalKeys.length > 0) falseNonRenewal += 1;
  }
  periodField(record.id, 'tfc', fields.tfc, gold.termination_for_convenience, extractedKeys(analysis, 'termination-for-convenience'));
  periodField(record.id, 'cure', fields.cure, gold.cure_and_immediate_termination.cure, extractedKeys(analysis, 'cure'));
  tallyConfusion(confusion, 'non-renewal', nonRenewal, analysis);
  tallyConfusion(confusion, 'termination-for-convenience', gold.termination_for_convenience, analysis);
  tallyConfusion(confusion, 'cure', gold.cure_and_immediate_termination.cure, analysis);

  const renewalType = analysis.term.renewal?.type ?? null;
  if (gold.renewal !== null) {
    fields.renewalKind.gold += 1;
    if (gold.renewal.uncertain) fields.renewalKind.uncertainGold += 1;
    if (renewalType !== null) fields.renewalKind.extracted += 1;
    if (renewalType === gold.renewal.kind) {
      fields.renewalKind.matchedGold += 1;
      fields.renewalKind.matchedExtracted += 1;
      if (gold.renewal.uncertain) fields.renewalKind.uncertainMatched += 1;
    } else {
      misses.push({ id: record.id, field: 'renewal-kind', gold: [gold.renewal.kind], extracted: [renewalType ?? 'null'] });
    }
  }
  dateField(record.id, 'effective-date', fields.effective, gold.effective_date, analysis.term.effectiveDate);
  dateField(
    record.id,
    'expiration-date',
    fields.expiration,
    gold.expiration_date,
    analysis.term.expirationDate,
    acceptedExpirations(analysis.term),
  );
  dateField(record.id, 'agreement-date', fields.agreement, gold.agreement_date, analysis.term.agreementDate);
  if (analysis.governingLaw !== null) governingLawFound += 1;
  const missedParties = tallyParties(partyTally, record.parties, analysis.parties);
  if (missedParties !== null)
    misses.push({ id: record.id, field: 'parties', gold: missedParties, extracted: analysis.parties.map((p) => p.name) });
}

// Speed is measured on a second, warm pass (the first pays for compiling the regular expressions and
// the JIT), both in wall-clock time and in CPU time of this process: on a busy shared machine the
// wall clock also counts the time other processes held the core.
const texts = records.map((record) => readFileSync(join(corpusDir, record.txt_file), 'utf8'));
let cpuElapsedMs = 0;
{
  const started = performance.now();
  cpuElapsedMs = cpuMs(() => {
    for (const text of texts) {
      try {
        analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' });
      } catch {
        // already reported as a failure above
      }
    }
  });
  elapsedMs = performance.now() - started;
}
const parts = timeParts(texts);

const field = (name: string, tally: Tally, goal: FieldReport['goal']): FieldReport => ({
  name,
  recall: recall(tally),
  precision: precision(tally),
  tally,
  goal,
});

const megabytes = bytes / 1_000_000;
const report = {
  corpus: { contracts: records.length, analysed: records.length - failures.length, megabytes },
  fields: [
    field('non-renewal notice period', fields.nonRenewal, { recall: 0.92, precision: 0.92 }),
    field('termination-for-convenience period', fields.tfc, { recall: 0.85, precision: 0.85 }),
    field('cure period', fields.cure, { recall: 0.85 }),
    field('renewal kind', fields.renewalKind, null),
    field('effective date', fields.effective, { recall: 0.9 }),
    field('expiration date', fields.expiration, { recall: 0.8 }),
    field('agreement date', fields.agreement, null),
  ],
  falseNonRenewal: { contracts: contractsWithoutNonRenewal, withOne: falseNonRenewal, goalAtMost: 0.1 },
  governingLaw: { found: governingLawFound, contracts: records.length, labelled: false },
  parties: partyTally,
  speed: {
    megabytes,
    seconds: elapsedMs / 1000,
    mbPerSecond: elapsedMs > 0 ? megabytes / (elapsedMs / 1000) : null,
    cpuSeconds: cpuElapsedMs / 1000,
    cpuMbPerSecond: cpuElapsedMs > 0 ? megabytes / (cpuElapsedMs / 1000) : null,
    parts,
    goal: 5,
  },
  failures,
  confusion,
  misses: args.has('--misses') || args.has('--json') ? misses : undefined,
};

// The training pool's cross-validated figures: how the classifier does on contracts it was not fitted on.
const pool = args.has('--dev-only') ? null : loadPool();
const crossValidated = pool === null ? null : crossValidatedLines(poolExamples(pool).examples, DEFAULT_FIT);

if (args.has('--json')) console.log(JSON.stringify({ ...report, crossValidated }, null, 2));
else {
  printReport(report);
  console.log(`\n${confusionLines(confusion).join('\n')}`);
  if (crossValidated !== null) console.log(`\ntraining pool (${poolDir().split('/').slice(-2).join('/')}):\n${crossValidated.join('\n')}`);
  else if (!args.has('--dev-only')) console.log('\ntraining pool not found (POOL_DIR): cross-validated figures skipped');
}
process.exit(failures.length > 0 ? 2 : 0);
