/** Timing: medians after a warm-up, so one slow run on a noisy machine does not move a figure. */

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** @example median([3, 1, 2]) // 2 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface RepeatOptions {
  warmup: number;
  /** Runs after the warm-up; fewer when the first runs already spend `budgetMs`. */
  runs: number;
  minRuns?: number;
  budgetMs?: number;
}

/** Runs `task` `warmup` times unmeasured, then measures up to `runs` times; returns every measured duration. */
export async function repeat(task: (run: number) => unknown | Promise<unknown>, options: RepeatOptions): Promise<number[]> {
  for (let i = 0; i < options.warmup; i += 1) await task(-1 - i);
  const durations: number[] = [];
  const started = nowMs();
  for (let run = 0; run < options.runs; run += 1) {
    const start = nowMs();
    await task(run);
    durations.push(nowMs() - start);
    const spent = nowMs() - started;
    if (options.budgetMs !== undefined && durations.length >= (options.minRuns ?? 3) && spent > options.budgetMs) break;
  }
  return durations;
}

/** Rounds for display and JSON: three significant decimals are more than a noisy machine can give. */
export const round = (value: number | null, digits = 2): number | null =>
  value === null || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
