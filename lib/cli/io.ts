/** Everything the CLI touches outside itself, injected so tests can run main() without a terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  /** The clock: the CLI is the edge, so it may read it; the domain is always given `now`. */
  now: () => Date;
}

/** The real process: stdout/stderr streams, the environment and the system clock. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
    now: () => new Date(),
  };
}
