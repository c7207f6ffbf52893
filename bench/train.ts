/**
 * `npm run train [-- --check]`: trains the clause-role classifier on the CUAD training pool
 * (`${POOL_DIR:-../shared/corpus/cuad-train}`), prints 5-fold cross-validated precision and recall
 * per role (grouped by contract) beside the pattern layer's own figures, and writes the weights to
 * lib/contract/classifier/weights.json. Deterministic: the same pool gives the same file, byte for
 * byte; `--check` only compares and exits 1 when the committed file differs.
 * Nothing from the pool is written but feature names and numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FIT, fitRoleModel } from '../lib/contract/classifier/fit.ts';
import { ROLES } from '../lib/contract/classifier/roles.ts';
import { crossValidatedLines } from './train/cv-report.ts';
import { poolExamples } from './train/examples.ts';
import { loadPool, poolDir } from './train/pool.ts';

const weightsPath = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'contract', 'classifier', 'weights.json');
const check = process.argv.includes('--check');
const settingArg = process.argv.find((a) => a.startsWith('--l2='));
const settings = {
  ...DEFAULT_FIT,
  ...(settingArg ? { l2: Number(settingArg.slice(5)) } : {}),
  ...(process.argv.includes('--balanced') ? { balanced: true } : {}),
};

const pool = loadPool();
if (pool === null) {
  console.error(`train: no training pool at ${poolDir()} (labels.jsonl not found). Set POOL_DIR.`);
  process.exit(1);
}
const { examples, unlabelled } = poolExamples(pool);
console.log(`pool: ${pool.length} contracts, ${examples.length} labelled candidates (${unlabelled} left unlabelled)`);

console.log('');
for (const line of crossValidatedLines(examples, settings)) console.log(line);

const model = fitRoleModel(examples, ROLES, settings);
const json = `${JSON.stringify(model, null, 1)}\n`;
if (check) {
  const same = readFileSync(weightsPath, 'utf8') === json;
  console.log(same ? '\nweights.json reproduced byte for byte' : '\nweights.json differs from the trained weights');
  process.exit(same ? 0 : 1);
}
writeFileSync(weightsPath, json);
console.log(`\nwrote ${weightsPath.slice(weightsPath.indexOf('lib/'))}`);
