import { describe, expect, it } from 'vitest';
import type { IngestInvocation } from '../../lib/app/dlq-replay.ts';
import { dlqCommand, type ReplayTarget } from '../../lib/cli/commands/dlq.ts';
import { main } from '../../lib/cli/main.ts';
import { failureRecordBody, fakeDeadLetterQueue } from '../support/fake-dead-letters.ts';
import { fakeIo } from './fake-io.ts';

const OK_KEY = 'tenants/acme/contracts/c-1/agreement/d-1/agreement.pdf';
const BAD_KEY = 'tenants/acme/contracts/c-2/letter/d-2/letter.pdf';

/** The command wired to an in-memory queue and an ingest that fails for BAD_KEY; records the target it was given. */
function commandWith(bodies: string[]) {
  const targets: ReplayTarget[] = [];
  const queue = fakeDeadLetterQueue(bodies.map((body, i) => ({ messageId: `m-${i + 1}`, receipt: `r-${i + 1}`, body })));
  const command = dlqCommand(async (target) => {
    targets.push(target);
    return {
      queue,
      ingest: {
        invoke: async (event): Promise<IngestInvocation> =>
          event.Records.some((r) => r.s3.object.key === BAD_KEY)
            ? { ok: false, error: 'ingest failed again: Task timed out after 60.00 seconds' }
            : { ok: true, outcomes: [{ outcome: 'processed' }] },
      },
    };
  });
  return { command, queue, targets };
}

describe('notice-check dlq replay', () => {
  it('--json prints the counts and one entry per message, and exits 1 when a message failed again', async () => {
    const { command, queue } = commandWith([failureRecordBody([OK_KEY]), failureRecordBody([BAD_KEY]), '{"requestPayload":{}}']);
    const io = fakeIo();
    const code = await command.run(['replay', '--stage', 'prod', '--json'], io);
    expect(code).toBe(1);
    expect(JSON.parse(io.out())).toEqual({
      replayed: 1,
      failed: 1,
      unreadable: 1,
      messages: [
        { messageId: 'm-1', outcome: 'replayed', keys: [OK_KEY], ignored: [] },
        { messageId: 'm-2', outcome: 'failed', keys: [BAD_KEY], reason: 'ingest failed again: Task timed out after 60.00 seconds' },
        { messageId: 'm-3', outcome: 'unreadable', keys: [], reason: expect.stringContaining('no S3 event') },
      ],
    });
    expect(queue.remaining().map((m) => m.messageId)).toEqual(['m-2', 'm-3']);
    // Progress goes to stderr only, one line per message.
    expect(io.err().trim().split('\n')).toHaveLength(3);
  });

  it('exits 0 when every message was replayed, and says so in lines of at most 80 columns', async () => {
    const { command, queue } = commandWith([failureRecordBody([OK_KEY])]);
    const io = fakeIo();
    expect(await command.run(['replay', '--stage', 'prod'], io)).toBe(0);
    expect(io.out()).toContain('Replayed 1 of 1 message.');
    expect(io.out()).toContain(`replayed: ${OK_KEY}`);
    for (const line of io.out().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(queue.remaining()).toEqual([]);
  });

  it('the failure reason of a message that failed again is wrapped to 80 columns', async () => {
    const { command } = commandWith([failureRecordBody([BAD_KEY])]);
    const io = fakeIo();
    expect(await command.run(['replay', '--stage', 'prod'], io)).toBe(1);
    expect(io.out()).toMatch(/1 stays in the queue/);
    for (const line of io.out().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('an empty queue is reported as such, exit 0', async () => {
    const { command } = commandWith([]);
    const io = fakeIo();
    expect(await command.run(['replay', '--stage', 'prod'], io)).toBe(0);
    expect(io.out()).toBe('The dead-letter queue is empty: nothing to replay.\n');
  });

  it('--stage names the stack’s queue and ingest function; --queue-url and --function-name override them', async () => {
    const { command, targets } = commandWith([]);
    await command.run(['replay', '--stage', 'prod', '--region', 'eu-west-1'], fakeIo());
    await command.run(['replay', '--queue-url', 'https://sqs.eu-west-1.amazonaws.com/1/q', '--function-name', 'f'], fakeIo());
    expect(targets).toEqual([
      {
        queue: { name: 'contract-notice-checker-prod-ingest-dlq' },
        functionName: 'contract-notice-checker-prod-ingest',
        region: 'eu-west-1',
      },
      { queue: { url: 'https://sqs.eu-west-1.amazonaws.com/1/q' }, functionName: 'f', region: undefined },
    ]);
  });

  it('without a stage or both names, an unknown subcommand or a bad --limit it is a usage error (exit 2)', async () => {
    for (const args of [
      ['dlq', 'replay'],
      ['dlq', 'replay', '--queue-url', 'https://q'],
      ['dlq', 'purge', '--stage', 'prod'],
      ['dlq', 'replay', '--stage', 'prod', '--limit', '0'],
    ]) {
      const io = fakeIo();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toMatch(/^notice-check: INVALID_INPUT: /);
    }
  });

  it('--help prints the usage with its options and exit status', async () => {
    const io = fakeIo();
    expect(await main(['dlq', 'replay', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: notice-check dlq replay/);
    expect(io.out()).toContain('--queue-url URL');
    for (const line of io.out().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
