import { DateTime } from 'luxon';
import { analyzeAgreement } from '../../contract/analyze.ts';
import { readDocumentFile } from '../../text/read-document-file.ts';
import { agreementDeadlines } from '../../verdict/agreement-deadlines.ts';
import type { Command } from '../command.ts';
import { readOptionsFrom } from '../size-limit-option.ts';
import { EXIT } from '../exit-codes.ts';
import { formatDeadlines } from '../format/verdict-report.ts';
import { parseCommandLine, parseNow, parseZone, requireFiles } from '../parse-options.ts';
import { styleFor } from '../style.ts';
import { outputWidth, wrapToWidth } from '../format/wrap.ts';

/** The clock's instant as an ISO date-time in `zone` (already checked by parseZone). */
function isoInstant(now: Date, zone: string): string {
  const instant = DateTime.fromJSDate(now, { zone });
  if (!instant.isValid)
    throw new Error(`deadlines: the clock gave an invalid time (${instant.invalidExplanation ?? instant.invalidReason})`);
  return instant.toISO();
}

export const deadlinesCommand: Command = {
  name: 'deadlines',
  summary: "list an agreement's coming deadlines (non-renewal notice, term end)",
  usage: `Usage: notice-check deadlines [--json] [--now ISO] [--zone IANA] AGREEMENT

Reads the AGREEMENT (PDF, .docx, .txt or an email) and prints its next deadlines after --now: the last day to give notice of non-renewal (and the next cycle's), and the end of the term.

Options:
  --json        print {"file", "now", "deadlines": [{"kind", "date", "at", "zone", "section"}]} as one JSON object
  --now ISO     the moment to count from, e.g. 2024-06-01 or 2024-06-01T09:00:00-05:00 (default: now)
  --zone IANA   zone used only when the agreement and its governing law give none (default: $DEFAULT_ZONE, else UTC)
  -h, --help`,

  async run(args, io) {
    const { values, positionals } = parseCommandLine('deadlines', args, {
      json: { type: 'boolean' },
      now: { type: 'string' },
      zone: { type: 'string' },
    });
    const [file] = requireFiles('deadlines', positionals, ['AGREEMENT']);
    const defaultZone = parseZone('deadlines', values.zone ?? io.env.DEFAULT_ZONE) ?? 'UTC';
    const now = parseNow('deadlines', values.now, defaultZone) ?? isoInstant(io.now(), defaultZone);
    const agreement = analyzeAgreement(await readDocumentFile(file, readOptionsFrom(io)));
    const deadlines = agreementDeadlines(agreement, { now, defaultZone });
    io.stdout(
      values.json
        ? `${JSON.stringify({ file, now, deadlines })}\n`
        : wrapToWidth(formatDeadlines(deadlines, styleFor(io)), outputWidth(io.columns)),
    );
    return EXIT.OK;
  },
};
