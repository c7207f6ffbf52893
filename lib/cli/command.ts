import type { CliIo } from './io.ts';

/** One `notice-check` subcommand. `run` gets the arguments after the command name and returns the exit code. */
export interface Command {
  name: string;
  /** One line for the command list in `notice-check help`. */
  summary: string;
  /** The full usage text shown by `notice-check help NAME` and after a usage error. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
