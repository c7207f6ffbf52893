import { checkLetter } from '../../app/check-letter.ts';
import { readDocumentFile } from '../../text/read-document-file.ts';
import type { Command } from '../command.ts';
import { readOptionsFrom } from '../size-limit-option.ts';
import { exitCodeForStatus } from '../exit-codes.ts';
import { formatVerdictReport } from '../format/verdict-report.ts';
import { parseCommandLine, parseZone, requireFiles } from '../parse-options.ts';
import { styleFor } from '../style.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'judge whether a notice letter gave the notice its agreement requires',
  usage: `Usage: notice-check check [--json] [--zone IANA] AGREEMENT LETTER

Reads the AGREEMENT and the notice LETTER (each a PDF, .docx or .txt), works out which provisions can
govern the letter, and prints the verdict: COMPLIANT, CONDITIONAL, NON_COMPLIANT or NEEDS_REVIEW, with
the provisions quoted, the dates computed, the counting rules applied and an explanation.

Options:
  --json        print the verdict as one JSON object (the same object the HTTP API returns)
  --zone IANA   zone used only when neither the letter, the agreement nor its governing law gives one
                (default: $DEFAULT_ZONE, else UTC)
  -h, --help

Exit status: 0 COMPLIANT, 3 NON_COMPLIANT, 4 CONDITIONAL, 5 NEEDS_REVIEW, 1 a file could not be read.`,

  async run(args, io) {
    const { values, positionals } = parseCommandLine('check', args, { json: { type: 'boolean' }, zone: { type: 'string' } });
    const [agreementFile, letterFile] = requireFiles('check', positionals, ['AGREEMENT', 'LETTER']);
    const defaultZone = parseZone('check', values.zone ?? io.env.DEFAULT_ZONE) ?? 'UTC';
    const readOptions = readOptionsFrom(io);
    const agreementDoc = await readDocumentFile(agreementFile, readOptions);
    const letterDoc = await readDocumentFile(letterFile, readOptions);
    const { verdict } = checkLetter(agreementDoc, letterDoc, { defaultZone });
    io.stdout(values.json ? `${JSON.stringify(verdict)}\n` : formatVerdictReport(verdict, styleFor(io)));
    return exitCodeForStatus(verdict.status);
  },
};
