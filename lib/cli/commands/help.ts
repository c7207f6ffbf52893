import type { Command } from '../command.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';
import { outputWidth, wrapToWidth } from '../format/wrap.ts';
import { UsageError } from '../usage-error.ts';

/** The overview text; the command list is built from the registry so it never goes stale. */
export function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return `notice-check — reads service agreements and notice letters and says whether a notice complied.

Usage: notice-check COMMAND [OPTIONS] [FILES]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')}

Run "notice-check help COMMAND" for a command's options.
Files may be PDF (scanned pages are read by OCR), .docx, UTF-8 .txt, or an email (.eml, Outlook .msg), up to 25 MB (set MAX_UPLOAD_BYTES to change).
DEFAULT_ZONE (an IANA zone, default UTC) is used when no document gives a zone.

Errors are printed on stderr as "notice-check: CODE: message" with a stable CODE:
  EMPTY_FILE, NOT_A_PDF, CORRUPT_PDF, ENCRYPTED_PDF, NO_TEXT, TOO_LARGE, TOO_COMPLEX, TIMEOUT, UNSUPPORTED_TYPE, FILE_NOT_FOUND, INVALID_INPUT (usage), INTERNAL (a bug).

${EXIT_CODES_HELP}
`;
}

export const helpCommand: Command = {
  name: 'help',
  summary: 'show this overview, or a command’s usage (help COMMAND)',
  usage: 'Usage: notice-check help [COMMAND]',
  async run(args, io) {
    // Imported lazily: the registry imports this module.
    const { COMMANDS, findCommand } = await import('../registry.ts');
    const [name] = args;
    if (name === undefined) {
      io.stdout(wrapToWidth(overview(COMMANDS), outputWidth(io.columns)));
      return EXIT.OK;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    io.stdout(wrapToWidth(`${command.usage}\n`, outputWidth(io.columns)));
    return EXIT.OK;
  },
};
