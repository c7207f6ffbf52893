import { replayDeadLetters, type DlqReplayDeps, type ReplayOutcome, type ReplayReport } from '../../app/dlq-replay.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { outputWidth, wrapToWidth } from '../format/wrap.ts';
import { parseCommandLine } from '../parse-options.ts';
import { UsageError } from '../usage-error.ts';

/** The deployed stack's names (serverless.yml: `<service>-<stage>-<function>`, resources/core.yml's queue). */
const SERVICE = 'contract-notice-checker';

export interface ReplayTarget {
  /** The queue's URL, or its name to look up. */
  queue: { url: string } | { name: string };
  functionName: string;
  region: string | undefined;
}

/** Builds the ports for one replay; the default talks to SQS and Lambda, tests give fakes. */
export type ReplayConnector = (target: ReplayTarget) => Promise<DlqReplayDeps>;

const awsConnector: ReplayConnector = async (target) => {
  // Loaded here, not at the top: the other commands never need the SQS and Lambda clients.
  const [{ SQSClient }, { LambdaClient }, { sqsDeadLetterQueue, queueUrlByName }, { lambdaIngestInvoker }] = await Promise.all([
    import('@aws-sdk/client-sqs'),
    import('@aws-sdk/client-lambda'),
    import('../../adapters/sqs-dead-letter-queue.ts'),
    import('../../adapters/lambda-ingest-invoker.ts'),
  ]);
  const region = target.region ? { region: target.region } : {};
  const sqs = new SQSClient(region);
  const url = 'url' in target.queue ? target.queue.url : await queueUrlByName(sqs, target.queue.name);
  return { queue: sqsDeadLetterQueue(sqs, url), ingest: lambdaIngestInvoker(new LambdaClient(region), target.functionName) };
};

/**
 * `notice-check dlq replay`: sends each S3 event in the ingest dead-letter queue to the ingest function
 * again, and deletes the message once ingest succeeded (docs/operations.md).
 */
export function dlqCommand(connect: ReplayConnector = awsConnector): Command {
  return {
    name: 'dlq',
    summary: 'replay the ingest dead-letter queue of a deployed stack (dlq replay --stage STAGE)',
    usage: `Usage: notice-check dlq replay --stage STAGE [--region R] [--limit N] [--json]
       notice-check dlq replay --queue-url URL --function-name NAME [options]

Sends each failed upload's S3 event in the ingest dead-letter queue to the
ingest function again, waits for it, and deletes the message only when ingest
succeeded. A message that fails again, or that holds no S3 event, stays in the
queue. Needs AWS credentials for the stack's account (sqs:ReceiveMessage,
sqs:DeleteMessage, sqs:GetQueueUrl, lambda:InvokeFunction).

Options:
  --stage STAGE         the deployed stage, whose queue is
                        ${SERVICE}-STAGE-ingest-dlq
                        and function ${SERVICE}-STAGE-ingest
  --queue-url URL       the queue instead of the stage's (stack output
                        IngestDeadLetterQueueUrl)
  --function-name NAME  the ingest function instead of the stage's
  --region REGION       the stack's region (default: the AWS SDK's, e.g.
                        $AWS_REGION)
  --limit N             replay at most N messages (default 1000)
  --json                print {"replayed", "failed", "unreadable", "messages":
                        [{"messageId", "outcome", "keys", "ignored"|"reason"}]}
  -h, --help

Exit status:
  0   every message was replayed (or the queue was empty)
  1   some messages failed again or hold no S3 event (they stay in the queue),
      or another error with a CODE
  2   usage error`,

    async run(args, io) {
      const { values, positionals } = parseCommandLine('dlq', args, {
        stage: { type: 'string' },
        'queue-url': { type: 'string' },
        'function-name': { type: 'string' },
        region: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      });
      if (positionals.length !== 1 || positionals[0] !== 'replay') {
        throw new UsageError(
          positionals.length === 0 ? 'dlq needs a subcommand: replay' : `unknown dlq subcommand "${positionals.join(' ')}"`,
          'dlq',
        );
      }
      const target = replayTarget(values);
      const limit = parseLimit(values.limit);
      const deps = await connect(target);
      const report = await replayDeadLetters(deps, {
        limit,
        // Progress on stderr, so --json output stays clean when piped.
        onMessage: (outcome, index) => io.stderr(`[${index}] ${outcome.outcome} ${outcome.keys[0] ?? outcome.messageId}\n`),
      });
      if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
      else io.stdout(`${wrapToWidth(formatReport(report), outputWidth(io.columns))}\n`);
      return report.failed + report.unreadable > 0 ? EXIT.FILE_FAILED : EXIT.OK;
    },
  };
}

function replayTarget(values: { stage?: string; 'queue-url'?: string; 'function-name'?: string; region?: string }): ReplayTarget {
  const { stage } = values;
  if (stage !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(stage))
    throw new UsageError(`--stage ${stage} is not a stage name (letters, digits, '-')`, 'dlq');
  const functionName = values['function-name'] ?? (stage ? `${SERVICE}-${stage}-ingest` : undefined);
  const queue = values['queue-url'] ? { url: values['queue-url'] } : stage ? { name: `${SERVICE}-${stage}-ingest-dlq` } : undefined;
  if (!queue || !functionName) throw new UsageError('give --stage, or both --queue-url and --function-name', 'dlq');
  return { queue, functionName, region: values.region };
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit ${value} is not a whole number of messages of at least 1`, 'dlq');
  return limit;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function formatReport(report: ReplayReport): string {
  const total = report.messages.length;
  if (total === 0) return 'The dead-letter queue is empty: nothing to replay.';
  const kept = report.failed + report.unreadable;
  const lines = [
    `Replayed ${report.replayed} of ${plural(total, 'message')}${kept > 0 ? `; ${kept} stay${kept === 1 ? 's' : ''} in the queue.` : '.'}`,
  ];
  for (const message of report.messages) lines.push(...describeOutcome(message));
  return lines.join('\n');
}

function describeOutcome(message: ReplayOutcome): string[] {
  const keys = message.keys.length > 0 ? message.keys : [`message ${message.messageId}`];
  switch (message.outcome) {
    case 'replayed':
      return keys.map(
        (key) =>
          `  - replayed: ${key}${message.ignored.includes(key) ? ' (ignored by ingest: the object no longer exists or its key is not an upload)' : ''}`,
      );
    case 'failed':
      return [...keys.map((key) => `  - failed again: ${key}`), `    ${message.reason}`];
    case 'unreadable':
      return [`  - kept, not an S3 event: message ${message.messageId}`];
  }
}

export const defaultDlqCommand = dlqCommand();
