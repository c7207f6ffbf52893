/**
 * The figures `npm run bench -- --json` prints (exactly the keys of the benchmark issue) and the goals
 * each is held against. Goals are reported, never asserted: a MISS is news, not a failed build.
 */
export interface Figures {
  ingest_200p_ms: number | null;
  extract_only_200p_ms: number | null;
  pdftotext_200p_ms: number | null;
  ingest_vs_pdftotext: number | null;
  analysis_share: number | null;
  analysis_mb_per_s: number | null;
  analysis_scaling_exponent: number | null;
  /** The slowest pathological text (repeated markers, dots, parentheses, whitespace…) through both analysers. */
  analysis_worst_mb_per_s: number | null;
  bundle_kb: { ingest: number | null; api: number | null; alerts: number | null };
  cold_init_ms: { ingest: number | null; api: number | null; alerts: number | null; empty_node: number | null; floor: number | null };
  /** cold_init_ms.api / cold_init_ms.floor: the API's cold load against the least a DynamoDB function loads. */
  api_vs_floor: number | null;
  api_p50_ms: number | null;
  raw_getitem_p50_ms: number | null;
  alerts_items_read_per_due: number | null;
  peak_rss_mb_200p: number | null;
  /** One scanned page read by tesseract (English data from disk), the worker already started. */
  ocr_ms_per_page: number | null;
  /** The reader process's peak resident memory, the most over the hostile documents read with the default limits. */
  hostile_reader_peak_rss_mb: number | null;
  /** The peak resident memory of the process that called the reader for them. */
  hostile_parent_peak_rss_mb: number | null;
}

export const emptyFigures = (): Figures => ({
  ingest_200p_ms: null,
  extract_only_200p_ms: null,
  pdftotext_200p_ms: null,
  ingest_vs_pdftotext: null,
  analysis_share: null,
  analysis_mb_per_s: null,
  analysis_scaling_exponent: null,
  analysis_worst_mb_per_s: null,
  bundle_kb: { ingest: null, api: null, alerts: null },
  cold_init_ms: { ingest: null, api: null, alerts: null, empty_node: null, floor: null },
  api_vs_floor: null,
  api_p50_ms: null,
  raw_getitem_p50_ms: null,
  alerts_items_read_per_due: null,
  peak_rss_mb_200p: null,
  ocr_ms_per_page: null,
  hostile_reader_peak_rss_mb: null,
  hostile_parent_peak_rss_mb: null,
});

export type Verdict = 'PASS' | 'MISS' | 'n/a';

export interface Goal {
  figure: string;
  goal: string;
  /** The measured value compared with the limit (a ratio where the goal is one). */
  value: (f: Figures) => number | null;
  limit: number;
  atMost: boolean;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

export const GOALS: Goal[] = [
  { figure: 'ingest_vs_pdftotext', goal: 'ingest <= 4x pdftotext', value: (f) => f.ingest_vs_pdftotext, limit: 4, atMost: true },
  { figure: 'analysis_share', goal: 'analysis <= 15% of ingest', value: (f) => f.analysis_share, limit: 0.15, atMost: true },
  { figure: 'analysis_mb_per_s', goal: '>= 5 MB/s (one core)', value: (f) => f.analysis_mb_per_s, limit: 5, atMost: false },
  {
    figure: 'analysis_scaling_exponent',
    goal: '<= 1.15 (1.0 = linear)',
    value: (f) => f.analysis_scaling_exponent,
    limit: 1.15,
    atMost: true,
  },
  {
    figure: 'bundle_kb.api / bundle_kb.ingest',
    goal: '<= 0.25',
    value: (f) => ratio(f.bundle_kb.api, f.bundle_kb.ingest),
    limit: 0.25,
    atMost: true,
  },
  {
    figure: 'cold_init_ms.api / empty_node',
    goal: '<= 1.5x empty node',
    value: (f) => ratio(f.cold_init_ms.api, f.cold_init_ms.empty_node),
    limit: 1.5,
    atMost: true,
  },
  { figure: 'api_vs_floor', goal: '<= 1.3x the floor', value: (f) => f.api_vs_floor, limit: 1.3, atMost: true },
  {
    figure: 'alerts_items_read_per_due',
    goal: '<= 2 items per due alert',
    value: (f) => f.alerts_items_read_per_due,
    limit: 2,
    atMost: true,
  },
  // A scanned letter is a page or two: a few seconds each keeps it well inside the ingest function's 60 s.
  { figure: 'ocr_ms_per_page', goal: '<= 5000 ms a page (one core)', value: (f) => f.ocr_ms_per_page, limit: 5000, atMost: true },
  // The ingest function has 2 GB, and the reader runs beside the handler: it must leave the handler 512 MB.
  {
    figure: 'hostile_reader_peak_rss_mb',
    goal: '<= 1536 MB (2 GB function)',
    value: (f) => f.hostile_reader_peak_rss_mb,
    limit: 1536,
    atMost: true,
  },
];

export function judge(goal: Goal, figures: Figures): Verdict {
  const value = goal.value(figures);
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return (goal.atMost ? value <= goal.limit : value >= goal.limit) ? 'PASS' : 'MISS';
}
