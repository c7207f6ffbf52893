/** Prints the evaluation as a readable table, goals beside the figures. */
import type { PartTime } from './parts.ts';
import type { PartyTally } from './parties.ts';
import type { ContractMiss, Tally } from './score.ts';

export interface FieldReport {
  name: string;
  recall: number | null;
  precision: number | null;
  tally: Tally;
  goal: { recall?: number; precision?: number } | null;
}

export interface Report {
  corpus: { contracts: number; analysed: number; megabytes: number };
  fields: FieldReport[];
  falseNonRenewal: { contracts: number; withOne: number; goalAtMost: number };
  governingLaw: { found: number; contracts: number; labelled: boolean };
  parties: PartyTally;
  speed: {
    megabytes: number;
    seconds: number;
    mbPerSecond: number | null;
    cpuSeconds: number;
    cpuMbPerSecond: number | null;
    parts: PartTime[];
    goal: number;
  };
  failures: { id: string; message: string }[];
  misses?: ContractMiss[];
}

const pct = (value: number | null): string => (value === null ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`);

function verdict(value: number | null, goal: number | undefined): string {
  if (goal === undefined) return '';
  if (value === null) return ' (n/a)';
  return value >= goal ? ' ok' : ' MISSED';
}

export function printReport(report: Report): void {
  const out: string[] = [];
  out.push(
    `CUAD dev set: ${report.corpus.analysed}/${report.corpus.contracts} contracts analysed, ${report.corpus.megabytes.toFixed(2)} MB`,
  );
  out.push('');
  out.push(
    `${'field'.padEnd(36)} ${'recall'.padStart(7)} ${'prec.'.padStart(7)}  ${'gold'.padStart(4)} ${'hit'.padStart(4)} ${'out'.padStart(4)} ${'ok'.padStart(4)}  unc.  goal`,
  );
  for (const f of report.fields) {
    const t = f.tally;
    const goal = f.goal
      ? [
          f.goal.recall !== undefined ? `R>=${f.goal.recall * 100}%${verdict(f.recall, f.goal.recall)}` : '',
          f.goal.precision !== undefined ? `P>=${f.goal.precision * 100}%${verdict(f.precision, f.goal.precision)}` : '',
        ]
          .filter(Boolean)
          .join(', ')
      : '-';
    const extra = [t.unjudged ? `${t.unjudged} unjudged` : '', t.offByOneDay ? `${t.offByOneDay} off by one day` : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      `${f.name.padEnd(36)} ${pct(f.recall)} ${pct(f.precision)}  ${String(t.gold).padStart(4)} ${String(t.matchedGold).padStart(4)} ` +
        `${String(t.extracted).padStart(4)} ${String(t.matchedExtracted).padStart(4)}  ${`${t.uncertainMatched}/${t.uncertainGold}`.padStart(4)}  ${goal}` +
        (extra ? `  [${extra}]` : ''),
    );
  }
  const fnr = report.falseNonRenewal;
  const rate = fnr.contracts === 0 ? null : fnr.withOne / fnr.contracts;
  out.push('');
  out.push(
    `false non-renewal clauses: ${fnr.withOne} of ${fnr.contracts} contracts without one (${pct(rate).trim()}); goal <= ${fnr.goalAtMost * 100}%` +
      (rate === null ? '' : rate <= fnr.goalAtMost ? ' ok' : ' MISSED'),
  );
  out.push(
    `governing law found in ${report.governingLaw.found} of ${report.governingLaw.contracts} contracts (no gold label: coverage only)`,
  );
  const p = report.parties;
  const ratio = (a: number, b: number): string => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)}%`);
  out.push(
    `party names vs CUAD's answer: recall ${ratio(p.matchedGold, p.gold)} (${p.matchedGold}/${p.gold}), precision ${ratio(p.matchedExtracted, p.extracted)} (${p.matchedExtracted}/${p.extracted}) (bench/eval/parties.ts)`,
  );
  const s = report.speed;
  const mbps = (v: number | null): string => (v === null ? '-' : v.toFixed(1));
  out.push(
    `speed: ${s.megabytes.toFixed(2)} MB in ${s.cpuSeconds.toFixed(2)} s CPU = ${mbps(s.cpuMbPerSecond)} MB/s; goal >= ${s.goal} MB/s` +
      (s.cpuMbPerSecond === null ? '' : s.cpuMbPerSecond >= s.goal ? ' ok' : ' MISSED') +
      ` (wall clock ${s.seconds.toFixed(2)} s = ${mbps(s.mbPerSecond)} MB/s)`,
  );
  out.push(`  CPU ms by part: ${s.parts.map((part) => `${part.part} ${part.ms.toFixed(0)}`).join(', ')}`);
  out.push('');
  out.push('columns: gold = gold items; hit = gold items matched; out = extracted items judged; ok = extracted items correct;');
  out.push('         unc. = uncertain gold items matched/total. Scoring rules: bench/eval/score.ts, bench/eval/period-keys.ts.');
  if (report.failures.length > 0) {
    out.push('');
    out.push(`ANALYSIS FAILED on ${report.failures.length} contracts:`);
    for (const f of report.failures.slice(0, 10)) out.push(`  ${f.id}: ${f.message}`);
  }
  if (report.misses) {
    out.push('');
    out.push('misses (gold vs extracted):');
    for (const m of report.misses)
      out.push(`  ${m.id} ${m.field.padEnd(16)} gold [${m.gold.join('; ')}] extracted [${m.extracted.join('; ')}]`);
  }
  console.log(out.join('\n'));
}
