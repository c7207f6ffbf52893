import { spawnSync } from 'node:child_process';

/** poppler's pdftotext is optional: the figure is null where it is not installed. */
export function pdftotextAvailable(): boolean {
  const probe = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}
