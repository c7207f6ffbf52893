/**
 * Which role the extractor gave each gold period of the dev set: a gold termination-for-convenience
 * period found as a non-renewal notice is a confusion between roles, not a missed period, and the
 * remedy differs (the classifier, not the period parser). Rows are the gold field; columns the role of
 * the provision that holds the same period (notice or cure), "as gold" when it is the gold role, or
 * "not found" when no provision holds it.
 */
import type { AgreementAnalysis, Provision } from '../../lib/domain/types.ts';
import type { GoldPeriod } from './gold.ts';
import { extractedPeriodKey, goldPeriodKey } from './period-keys.ts';

export type ConfusedField = 'non-renewal' | 'termination-for-convenience' | 'cure';
export type Confusion = Record<ConfusedField, Record<string, number>>;

export const emptyConfusion = (): Confusion => ({ 'non-renewal': {}, 'termination-for-convenience': {}, cure: {} });

const RIGHTS = new Set<string>([
  'non-renewal',
  'extension-notice',
  'termination-for-convenience',
  'termination-for-cause',
  'immediate-termination',
  'suspension',
]);

/** The roles whose provision states `key`, as notice or as cure period. */
function rolesHolding(analysis: AgreementAnalysis, key: string): string[] {
  const roles = new Set<string>();
  for (const p of analysis.provisions as Provision[]) {
    // A right with no period stated holds the gold "no period" key, as the scoring reads it.
    if (RIGHTS.has(p.type) && extractedPeriodKey(p.notice, p.flags) === key) roles.add(p.type);
    if (p.cure !== null && extractedPeriodKey(p.cure, p.flags) === key) roles.add('cure');
  }
  return [...roles];
}

/**
 * Adds one contract's gold periods of `field` to the confusion table.
 * @example tallyConfusion(table, 'cure', record.gold.cure_and_immediate_termination.cure, analysis)
 */
export function tallyConfusion(table: Confusion, field: ConfusedField, gold: GoldPeriod[], analysis: AgreementAnalysis): void {
  const row = table[field];
  for (const key of new Set(gold.map(goldPeriodKey))) {
    const holding = rolesHolding(analysis, key);
    const taken = holding.includes(field) ? 'as gold' : (holding[0] ?? 'not found');
    row[taken] = (row[taken] ?? 0) + 1;
  }
}

/** The table as lines of text, one row per gold field, widest column first. */
export function confusionLines(table: Confusion): string[] {
  const lines = ['roles taken for the gold periods (dev set): gold field -> role of the provision holding the period'];
  for (const [field, row] of Object.entries(table)) {
    const cells = Object.entries(row)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([role, n]) => `${role} ${n}`);
    lines.push(`  ${field.padEnd(30)} ${cells.join(', ')}`);
  }
  return lines;
}
