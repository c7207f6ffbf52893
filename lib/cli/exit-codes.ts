import type { VerdictStatus } from '../domain/types.ts';

/**
 * Exit codes, stable for scripts. A verdict maps to its own code so `notice-check check` can gate a
 * workflow without parsing output; 70 is EX_SOFTWARE from sysexits.h.
 */
export const EXIT = {
  OK: 0,
  FILE_FAILED: 1,
  USAGE: 2,
  NON_COMPLIANT: 3,
  CONDITIONAL: 4,
  NEEDS_REVIEW: 5,
  INTERNAL: 70,
} as const;

export const exitCodeForStatus = (status: VerdictStatus): number =>
  ({ COMPLIANT: EXIT.OK, NON_COMPLIANT: EXIT.NON_COMPLIANT, CONDITIONAL: EXIT.CONDITIONAL, NEEDS_REVIEW: EXIT.NEEDS_REVIEW })[status];

export const EXIT_CODES_HELP = `Exit status:
  0   success; for check: COMPLIANT
  1   a file could not be read (extract: at least one file failed), or another error with a CODE
  2   usage error (unknown command or option, missing file argument, bad --zone or --now)
  3   check: NON_COMPLIANT
  4   check: CONDITIONAL (compliant only if a factual ground exists)
  5   check: NEEDS_REVIEW
  70  internal error (a bug: please report it with the command you ran)`;
