import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NoticeCheckError } from '../../errors.ts';
import { describeAlert, type DeliveredAlert } from '../../local/alert-text.ts';
import { defaultDataRoot, type RuntimeInfo } from '../../local/data-dir.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { parseCommandLine, parseNow } from '../parse-options.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `notice-check alerts run`: asks the running local stack (`npm start`) to run the alert job now. The stack
 * writes its address and a token to the data folder while it runs; the job itself runs inside the stack,
 * so the alerts go where the timer's go (console and alerts.log) and the same dedup records apply.
 */
export const alertsCommand: Command = {
  name: 'alerts',
  summary: 'run the alert job once in the running local stack (alerts run [--now DATE])',
  usage: `Usage: notice-check alerts run [--now ISO] [--json] [--data-dir DIR]

Runs the deadline alert job once in the local stack started with "npm start", as its one-minute timer does, and prints the alerts it sent (they are also appended to the data folder's alerts.log). Alerts already sent for a deadline and offset are not sent again.

Options:
  --now ISO       run as if it were this moment, e.g. 2021-01-02 or 2021-01-02T09:00:00-08:00 (default: now)
  --json          print {"ranAt", "alerts": [{"receivedAt", "subject", "message"}]}
  --data-dir DIR  the local stack's data folder (default: $NOTICE_CHECK_DATA_DIR, else .data)
  -h, --help`,

  async run(args, io) {
    const { values, positionals } = parseCommandLine('alerts', args, {
      now: { type: 'string' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
    if (positionals.length !== 1 || positionals[0] !== 'run') {
      throw new UsageError(
        positionals.length === 0 ? 'alerts needs a subcommand: run' : `unknown alerts subcommand "${positionals.join(' ')}"`,
        'alerts',
      );
    }
    const now = parseNow('alerts', values.now, 'UTC');
    const runtime = await findRunningStack(values['data-dir'] ?? defaultDataRoot(io.env as NodeJS.ProcessEnv));
    const result = await runAlertJob(runtime, now);
    if (values.json) {
      io.stdout(`${JSON.stringify(result)}\n`);
      return EXIT.OK;
    }
    const count = result.alerts.length;
    io.stdout(`Alert job ran at ${result.ranAt}: ${count === 0 ? 'no alerts due' : `${count} alert${count === 1 ? '' : 's'} sent`}\n`);
    for (const alert of result.alerts) io.stdout(`  ${describeAlert(alert)}\n`);
    return EXIT.OK;
  },
};

const NOT_RUNNING = 'No local stack is running: start it with "npm start" (in this folder, or pass --data-dir)';

async function findRunningStack(dataRoot: string): Promise<RuntimeInfo> {
  let runtime: RuntimeInfo;
  try {
    runtime = JSON.parse(await readFile(join(dataRoot, 'local-stack.json'), 'utf8')) as RuntimeInfo;
  } catch {
    throw new NoticeCheckError('CONFIG', NOT_RUNNING);
  }
  try {
    process.kill(runtime.pid, 0); // a file left by a stack that was killed outright
  } catch {
    throw new NoticeCheckError('CONFIG', NOT_RUNNING);
  }
  return runtime;
}

async function runAlertJob(runtime: RuntimeInfo, now: string | undefined): Promise<{ ranAt: string; alerts: DeliveredAlert[] }> {
  let response: Response;
  try {
    response = await fetch(`${runtime.api}/_local/alerts/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${runtime.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(now === undefined ? {} : { now }),
    });
  } catch (error) {
    throw new NoticeCheckError('TRANSIENT', `${NOT_RUNNING} (${runtime.api} did not answer)`, { cause: error });
  }
  const body = (await response.json().catch(() => ({}))) as { ranAt?: string; alerts?: DeliveredAlert[]; message?: string };
  if (!response.ok)
    throw new NoticeCheckError(
      'TRANSIENT',
      `The alert job failed in the local stack (HTTP ${response.status}${body.message ? `: ${body.message}` : ''}); see its console`,
    );
  return { ranAt: body.ranAt ?? '', alerts: body.alerts ?? [] };
}
