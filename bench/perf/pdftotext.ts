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

/**
 * Installs poppler-utils with apt when pdftotext is missing (as root, on Debian or Ubuntu), so the baseline
 * `ingest_vs_pdftotext` is measured against is present whenever the bench runs. Returns whether it is there.
 */
export function ensurePdftotext(log: (message: string) => void): boolean {
  if (pdftotextAvailable()) return true;
  const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  if (aptGet.error !== undefined || process.getuid?.() !== 0) {
    log('bench: pdftotext is missing and cannot be installed here (needs apt-get as root): install poppler-utils');
    return false;
  }
  log('bench: installing poppler-utils (pdftotext) with apt-get...');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  // A fresh container has no package lists yet: update once, then try again.
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    install();
  }
  return pdftotextAvailable();
}
