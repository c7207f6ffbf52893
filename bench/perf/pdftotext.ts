import { spawnSync } from 'node:child_process';
import { nowMs } from './stats.ts';

/** poppler's pdftotext is optional: the figure is null where it is not installed. */
export function pdftotextAvailable(): boolean {
  const probe = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** Wall time of one `pdftotext file -` (reading order, text to a pipe), the whole process included. */
export function timePdftotext(file: string): number {
  const start = nowMs();
  const result = spawnSync('pdftotext', [file, '-'], { maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const elapsed = nowMs() - start;
  if (result.status !== 0) throw new Error(`pdftotext exited with ${result.status}`);
  return elapsed;
}
