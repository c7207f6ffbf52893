import packageJson from '../../package.json' with { type: 'json' };
import { isNoticeCheckError } from '../errors.ts';
import { overview } from './commands/help.ts';
import { EXIT } from './exit-codes.ts';
import { processIo, type CliIo } from './io.ts';
import { COMMANDS, findCommand } from './registry.ts';
import { UsageError } from './usage-error.ts';

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`notice-check: ${error.code}: ${error.message}\n`);
    const command = error.command ? findCommand(error.command) : undefined;
    // The synopsis line only: the full text is one "help" away and would bury the error.
    const synopsis = command?.usage.split('\n')[0];
    io.stderr(
      command
        ? `${synopsis}\nRun "notice-check help ${command.name}" for details.\n`
        : 'Run "notice-check help" for the list of commands.\n',
    );
    return EXIT.USAGE;
  }
  if (isNoticeCheckError(error)) {
    io.stderr(`notice-check: ${error.code}: ${error.message}\n`);
    return EXIT.FILE_FAILED;
  }
  // A bug: one line, no stack trace; NOTICE_CHECK_DEBUG=1 shows the stack for whoever fixes it.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`notice-check: INTERNAL: unexpected error: ${message}\n`);
  if (io.env.NOTICE_CHECK_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.INTERNAL;
}

/**
 * The `notice-check` command line: dispatches to a subcommand and returns the exit code. Never throws:
 * every failure becomes "notice-check: CODE: message" on stderr and a documented exit code.
 * @example await main(['extract', '--json', 'agreement.pdf']) // 0, one JSON line on stdout
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout(overview(COMMANDS));
      return name === undefined ? EXIT.USAGE : EXIT.OK;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`notice-check ${packageJson.version}\n`);
      return EXIT.OK;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return EXIT.OK;
    }
    return await command.run(rest, io);
  } catch (error) {
    return report(error, io);
  }
}
