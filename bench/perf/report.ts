/** The readable table: every figure, the goal it is held against, PASS or MISS, and why a figure is missing. */
import { GOALS, judge, type Figures, type Goal } from './figures.ts';
import type { Machine } from './machine.ts';

interface Row {
  figure: string;
  value: string;
  goal?: Goal;
}

const num = (value: number | null, unit = '', digits = 1): string =>
  value === null || !Number.isFinite(value) ? '-' : `${value.toFixed(digits)}${unit}`;
const goalFor = (figure: string): Goal | undefined => GOALS.find((g) => g.figure === figure);

function rows(f: Figures): Row[] {
  return [
    { figure: 'ingest_200p_ms', value: num(f.ingest_200p_ms, ' ms', 0) },
    { figure: 'extract_only_200p_ms', value: num(f.extract_only_200p_ms, ' ms', 0) },
    { figure: 'pdftotext_200p_ms', value: num(f.pdftotext_200p_ms, ' ms', 0) },
    { figure: 'ingest_vs_pdftotext', value: num(f.ingest_vs_pdftotext, 'x', 2), goal: goalFor('ingest_vs_pdftotext') },
    {
      figure: 'analysis_share',
      value: f.analysis_share === null ? '-' : `${(f.analysis_share * 100).toFixed(1)}%`,
      goal: goalFor('analysis_share'),
    },
    { figure: 'analysis_mb_per_s', value: num(f.analysis_mb_per_s, ' MB/s', 1), goal: goalFor('analysis_mb_per_s') },
    { figure: 'analysis_scaling_exponent', value: num(f.analysis_scaling_exponent, '', 3), goal: goalFor('analysis_scaling_exponent') },
    { figure: 'analysis_worst_mb_per_s', value: num(f.analysis_worst_mb_per_s, ' MB/s', 4) },
    { figure: 'bundle_kb.ingest', value: num(f.bundle_kb.ingest, ' KB', 0) },
    { figure: 'bundle_kb.alerts', value: num(f.bundle_kb.alerts, ' KB', 0) },
    { figure: 'bundle_kb.api', value: num(f.bundle_kb.api, ' KB', 0), goal: goalFor('bundle_kb.api / bundle_kb.ingest') },
    { figure: 'cold_init_ms.empty_node', value: num(f.cold_init_ms.empty_node, ' ms', 1) },
    { figure: 'cold_init_ms.ingest', value: num(f.cold_init_ms.ingest, ' ms', 1) },
    { figure: 'cold_init_ms.alerts', value: num(f.cold_init_ms.alerts, ' ms', 1) },
    { figure: 'cold_init_ms.floor', value: num(f.cold_init_ms.floor, ' ms', 1) },
    { figure: 'cold_init_ms.api', value: num(f.cold_init_ms.api, ' ms', 1), goal: goalFor('cold_init_ms.api / empty_node') },
    { figure: 'api_vs_floor', value: num(f.api_vs_floor, 'x', 2), goal: goalFor('api_vs_floor') },
    { figure: 'api_p50_ms', value: num(f.api_p50_ms, ' ms', 2) },
    { figure: 'raw_getitem_p50_ms', value: num(f.raw_getitem_p50_ms, ' ms', 2) },
    { figure: 'alerts_items_read_per_due', value: num(f.alerts_items_read_per_due, '', 2), goal: goalFor('alerts_items_read_per_due') },
    { figure: 'peak_rss_mb_200p', value: num(f.peak_rss_mb_200p, ' MB', 0) },
    { figure: 'ocr_ms_per_page', value: num(f.ocr_ms_per_page, ' ms', 0), goal: goalFor('ocr_ms_per_page') },
    {
      figure: 'hostile_reader_peak_rss_mb',
      value: num(f.hostile_reader_peak_rss_mb, ' MB', 0),
      goal: goalFor('hostile_reader_peak_rss_mb'),
    },
    { figure: 'hostile_parent_peak_rss_mb', value: num(f.hostile_parent_peak_rss_mb, ' MB', 0) },
  ];
}

function goalText(goal: Goal | undefined, f: Figures): string {
  if (!goal) return '';
  return goal.figure.includes('/') ? `${goal.goal} (ratio ${num(goal.value(f), '', 2)})` : goal.goal;
}

/** Renders the run as a fixed-width table plus the machine and the notes. */
export function renderTable(f: Figures, machine: Machine, details: string[], notes: string[]): string {
  const table = rows(f).map((row) => [row.figure, row.value, goalText(row.goal, f), row.goal ? judge(row.goal, f) : '']);
  const header = ['figure', 'value', 'goal', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const out = [
    `machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}, load ${machine.load}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.map(line),
  ];
  if (details.length) out.push('', ...details);
  if (notes.length) out.push('', 'notes:', ...notes.map((n) => `  - ${n}`));
  return out.join('\n');
}
