import { analyzeAgreement } from '../../contract/analyze.ts';
import type { AgreementAnalysis } from '../../domain/types.ts';
import { readDocumentFile } from '../../text/read-document-file.ts';
import type { Command } from '../command.ts';
import { readOptionsFrom } from '../size-limit-option.ts';
import { EXIT } from '../exit-codes.ts';
import { formatExtractSummary } from '../format/extract-summary.ts';
import { parseCommandLine } from '../parse-options.ts';
import { progressReporter } from '../progress.ts';
import { styleFor } from '../style.ts';
import { outputWidth, wrapToWidth } from '../format/wrap.ts';
import { UsageError } from '../usage-error.ts';
import { fileErrorOf } from './document-errors.ts';

/** The documented JSON Lines object: exactly these keys, in this order. */
const jsonLine = (file: string, analysis: AgreementAnalysis) => ({
  file,
  kind: analysis.kind,
  pages: analysis.pages,
  parties: analysis.parties,
  provisions: analysis.provisions,
  term: analysis.term,
  governingLaw: analysis.governingLaw,
});

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read agreements and list their parties, notice provisions, term and governing law',
  usage: `Usage: notice-check extract [--json] FILE...

Reads each FILE (PDF, .docx, .txt, .eml or .msg) and prints what it found: the document kind, parties, provisions (type, party, section, notice and cure periods, quoted text, offsets, page), the term and dates, and the governing law.

Options:
  --json   one JSON object per file per line (JSON Lines); a file that cannot be read gives {"file": ..., "error": {"code": ..., "message": ...}} and the other files are still processed
  -h, --help

A file that fails does not stop the others; the exit status is 1 if any failed.`,

  async run(args, io) {
    const { values, positionals } = parseCommandLine('extract', args, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('extract needs at least one FILE', 'extract');
    const style = styleFor(io);
    const progress = progressReporter(io, positionals.length);
    const readOptions = readOptionsFrom(io);
    let status: number = EXIT.OK;
    for (const [index, file] of positionals.entries()) {
      progress(index + 1, file);
      try {
        const analysis = analyzeAgreement(await readDocumentFile(file, readOptions));
        io.stdout(
          values.json
            ? `${JSON.stringify(jsonLine(file, analysis))}\n`
            : `${wrapToWidth(formatExtractSummary(file, analysis, style), outputWidth(io.columns))}\n`,
        );
      } catch (error) {
        const failure = fileErrorOf(error);
        status = failure.internal ? EXIT.INTERNAL : Math.max(status, EXIT.FILE_FAILED);
        if (values.json) io.stdout(`${JSON.stringify({ file, error: { code: failure.code, message: failure.message } })}\n`);
        else io.stderr(`notice-check: ${failure.code}: ${failure.message}\n`);
      }
    }
    return status;
  },
};
