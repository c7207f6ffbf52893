import { checkLetter } from '../../app/check-letter.ts';
import { documentKind } from '../../contract/document-kind.ts';
import { readDocumentFile } from '../../text/read-document-file.ts';
import type { Command } from '../command.ts';
import { readOptionsFrom } from '../size-limit-option.ts';
import { exitCodeForStatus } from '../exit-codes.ts';
import { formatVerdictReport } from '../format/verdict-report.ts';
import { parseCommandLine, parseZone, requireFiles } from '../parse-options.ts';
import { styleFor } from '../style.ts';
import { outputWidth, wrapToWidth } from '../format/wrap.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Arguments given in the wrong order, or a file of the wrong kind, are a mistake in the command line: said
 * plainly instead of judging a letter against a letter.
 * @example argumentMistake('letter', 'agreement') // 'the AGREEMENT and LETTER look swapped: ...'
 */
export function argumentMistake(first: string, second: string): string | null {
  if (first === 'letter' && second === 'agreement')
    return 'the AGREEMENT and LETTER look swapped: the first file reads as a notice letter and the second as an agreement; give the agreement first';
  if (first === 'letter') return 'the first file reads as a notice letter, not an agreement; give the agreement first, then the letter';
  if (second === 'agreement')
    return 'the second file reads as an agreement, not a notice letter; give the agreement first, then the letter';
  return null;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'judge whether a notice letter gave the notice its agreement requires',
  usage: `Usage: notice-check check [--json] [--zone IANA] AGREEMENT LETTER

Reads the AGREEMENT and the notice LETTER (each a PDF, .docx, .txt or an email: .eml, .msg), works out which provisions can govern the letter, and prints the verdict: COMPLIANT, CONDITIONAL, NON_COMPLIANT or NEEDS_REVIEW, with the provisions quoted, the dates computed, the counting rules applied and an explanation.

Options:
  --json        print the verdict as one JSON object (the same object the HTTP API returns)
  --zone IANA   zone used only when neither the letter, the agreement nor its governing law gives one (default: $DEFAULT_ZONE, else UTC)
  -h, --help

Exit status: 0 COMPLIANT, 3 NON_COMPLIANT, 4 CONDITIONAL, 5 NEEDS_REVIEW, 1 a file could not be read, 2 a usage mistake (including the files given in the wrong order).`,

  async run(args, io) {
    const { values, positionals } = parseCommandLine('check', args, { json: { type: 'boolean' }, zone: { type: 'string' } });
    const [agreementFile, letterFile] = requireFiles('check', positionals, ['AGREEMENT', 'LETTER']);
    const defaultZone = parseZone('check', values.zone ?? io.env.DEFAULT_ZONE) ?? 'UTC';
    const readOptions = readOptionsFrom(io);
    const agreementDoc = await readDocumentFile(agreementFile, readOptions);
    const letterDoc = await readDocumentFile(letterFile, readOptions);
    const mistake = argumentMistake(documentKind(agreementDoc.text), documentKind(letterDoc.text));
    if (mistake) throw new UsageError(mistake, 'check');
    const { verdict } = checkLetter(agreementDoc, letterDoc, { defaultZone });
    io.stdout(
      values.json ? `${JSON.stringify(verdict)}\n` : wrapToWidth(formatVerdictReport(verdict, styleFor(io)), outputWidth(io.columns)),
    );
    return exitCodeForStatus(verdict.status);
  },
};
