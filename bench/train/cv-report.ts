/** The cross-validated figures of the training pool as printed lines, shared by `npm run train` and `npm run eval`. */
import type { FitSettings } from '../../lib/contract/classifier/fit.ts';
import { ROLES } from '../../lib/contract/classifier/roles.ts';
import { crossValidate } from './cross-validate.ts';
import type { GroupedExample } from './examples.ts';

export const FOLDS = 5;

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/**
 * k-fold figures per role: the model alone, the patterns alone, and the combination the product uses.
 * @example for (const line of crossValidatedLines(examples, DEFAULT_FIT)) console.log(line);
 */
export function crossValidatedLines(examples: readonly GroupedExample[], settings: FitSettings): string[] {
  const lines = [
    `${FOLDS}-fold cross-validation, grouped by contract: the model alone | the patterns alone | both combined (as used)`,
    'role                           gold   recall   prec.  |  recall   prec.  |  recall   prec.',
  ];
  for (const f of crossValidate(examples, ROLES, FOLDS, settings)) {
    lines.push(
      `${f.role.padEnd(30)} ${String(f.gold).padStart(4)}  ${pct(f.correct, f.gold)} ${pct(f.correct, f.predicted)}  |  ${pct(f.patternCorrect, f.gold)} ${pct(f.patternCorrect, f.patternPredicted)}  |  ${pct(f.combinedCorrect, f.gold)} ${pct(f.combinedCorrect, f.combinedPredicted)}`,
    );
  }
  return lines;
}
