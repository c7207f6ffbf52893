import type { CliIo } from './io.ts';

/** Beyond this many files a run is long enough that a person wants to see it move. */
const PROGRESS_THRESHOLD = 5;

/**
 * Progress on stderr ("[3/60] contract.pdf"), never on stdout, so JSON Lines stay clean when piped.
 * Shown for runs over several files, or any run when stderr is a terminal.
 * @example progressReporter(io, 60)(3, 'contract.pdf') // writes "[3/60] contract.pdf\n" to stderr
 */
export function progressReporter(io: CliIo, total: number): (index: number, file: string) => void {
  if (total <= 1 || !(io.stderrIsTTY || total > PROGRESS_THRESHOLD)) return () => undefined;
  return (index, file) => io.stderr(`[${index}/${total}] ${file}\n`);
}
