/**
 * Replaying the ingest dead-letter queue (docs/operations.md): each message is Lambda's on-failure record of
 * an S3 event that failed every attempt. Its event is sent to ingest again, and the message is deleted only
 * when that invocation succeeded — a message that fails again, or that holds no S3 event, stays for a person.
 * Ingest is idempotent per object version, so replaying an event that succeeded meanwhile does nothing.
 */
import { z } from 'zod';

export interface DeadLetter {
  messageId: string;
  /** What deleting the message needs (SQS's receipt handle). */
  receipt: string;
  body: string;
}

export interface DeadLetterQueue {
  /** Up to `max` messages, hidden from other readers for the rest of the replay. */
  receive(max: number): Promise<DeadLetter[]>;
  delete(message: DeadLetter): Promise<void>;
}

export type IngestInvocation =
  | { ok: true /** ingest's answer: one outcome per record */; outcomes: unknown }
  | { ok: false; error: string };

export interface IngestInvoker {
  /** Runs the ingest function on this S3 event and waits for its answer. */
  invoke(event: S3EventPayload): Promise<IngestInvocation>;
}

export interface DlqReplayDeps {
  queue: DeadLetterQueue;
  ingest: IngestInvoker;
}

const s3Record = z.looseObject({
  eventSource: z.literal('aws:s3'),
  s3: z.looseObject({ bucket: z.looseObject({ name: z.string() }), object: z.looseObject({ key: z.string().check(z.minLength(1)) }) }),
});
const s3Event = z.looseObject({ Records: z.array(s3Record).check(z.minLength(1)) });
/** Lambda's on-failure destination record: the original event is `requestPayload`. */
const failureRecord = z.looseObject({ requestPayload: s3Event });

export type S3EventPayload = z.infer<typeof s3Event>;

export type ReplayOutcome =
  /** Ingest succeeded and the message was deleted; `ignored` lists keys ingest set aside (object deleted, bad key). */
  | { messageId: string; outcome: 'replayed'; keys: string[]; ignored: string[] }
  /** Ingest failed again: the message stays in the queue. */
  | { messageId: string; outcome: 'failed'; keys: string[]; reason: string }
  /** The message holds no S3 event: it stays in the queue. */
  | { messageId: string; outcome: 'unreadable'; keys: []; reason: string };

export interface ReplayReport {
  messages: ReplayOutcome[];
  replayed: number;
  failed: number;
  unreadable: number;
}

/** SQS returns at most ten messages per receive. */
const BATCH = 10;
export const DEFAULT_REPLAY_LIMIT = 1000;

/**
 * Replays up to `limit` dead-lettered S3 events through ingest, oldest available first.
 * @example
 * await replayDeadLetters({ queue, ingest }) // { messages: [{ messageId: 'm-1', outcome: 'replayed', keys: ['tenants/…'], ignored: [] }], replayed: 1, failed: 0, unreadable: 0 }
 */
export async function replayDeadLetters(
  deps: DlqReplayDeps,
  options: { limit?: number; onMessage?: (outcome: ReplayOutcome, index: number) => void } = {},
): Promise<ReplayReport> {
  const limit = options.limit ?? DEFAULT_REPLAY_LIMIT;
  const messages: ReplayOutcome[] = [];
  const seen = new Set<string>();
  while (messages.length < limit) {
    const batch = (await deps.queue.receive(Math.min(BATCH, limit - messages.length))).filter((m) => !seen.has(m.messageId));
    // Empty, or only messages this run already tried (they became visible again): done.
    if (batch.length === 0) break;
    for (const message of batch) {
      seen.add(message.messageId);
      const outcome = await replayOne(deps, message);
      messages.push(outcome);
      options.onMessage?.(outcome, messages.length);
    }
  }
  const count = (kind: ReplayOutcome['outcome']) => messages.filter((m) => m.outcome === kind).length;
  return { messages, replayed: count('replayed'), failed: count('failed'), unreadable: count('unreadable') };
}

async function replayOne(deps: DlqReplayDeps, message: DeadLetter): Promise<ReplayOutcome> {
  const event = readEvent(message.body);
  if (!event) {
    return {
      messageId: message.messageId,
      outcome: 'unreadable',
      keys: [],
      reason: 'the message holds no S3 event (requestPayload.Records)',
    };
  }
  const keys = event.Records.map((record) => record.s3.object.key);
  const result = await deps.ingest.invoke(event);
  if (!result.ok) return { messageId: message.messageId, outcome: 'failed', keys, reason: result.error };
  await deps.queue.delete(message);
  return { messageId: message.messageId, outcome: 'replayed', keys, ignored: ignoredKeys(keys, result.outcomes) };
}

function readEvent(body: string): S3EventPayload | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = failureRecord.safeParse(json);
  return parsed.success ? parsed.data.requestPayload : null;
}

/** Ingest answers one outcome per record, in order; `ignored` ones did nothing (the object is gone, say). */
function ignoredKeys(keys: string[], outcomes: unknown): string[] {
  if (!Array.isArray(outcomes)) return [];
  return keys.filter((_, i) => {
    const outcome = outcomes[i] as { outcome?: unknown } | undefined;
    return outcome?.outcome === 'ignored';
  });
}
