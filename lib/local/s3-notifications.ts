/**
 * Delivers S3 ObjectCreated notifications to the ingest function, as S3 → Lambda does in AWS: one real-shaped
 * `S3Event` per stored object (key URL-encoded, size and ETag from HeadObject), invoked asynchronously and
 * retried twice on failure (Lambda's async retry policy) before it is dead-lettered: the record Lambda's
 * on-failure destination receives is handed to `deadLetter` (the local stack's SQS queue), so the count of
 * dead letters is as true locally as in AWS.
 */
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import type { LocalFunction } from './lambda-runtime.ts';

export interface ObjectCreated {
  bucket: string;
  key: string;
}

export interface S3NotificationOptions {
  s3: S3Client;
  ingest: LocalFunction;
  region: string;
  /** Delays between the attempts; Lambda waits about one and then two minutes, locally seconds suffice. */
  retryDelaysMs?: number[];
  /** Receives each event whose every attempt failed, as Lambda's on-failure destination would. */
  deadLetter?(record: FailedInvocation): Promise<void>;
  log(line: string): void;
}

export interface IngestOutcome {
  bucket: string;
  key: string;
  ok: boolean;
  attempts: number;
  error?: unknown;
}

export interface S3Notifications {
  /** Call for each stored object (wired to the emulator's object-created hook). */
  objectCreated(object: ObjectCreated): void;
  /** Resolves when every notification delivered so far has been processed (or given up). */
  settled(): Promise<IngestOutcome[]>;
  /** Lets the attempts under way finish but starts no retry, then waits for them: the stores are going away. */
  drainForShutdown(): Promise<void>;
}

/** What Lambda sends an asynchronous invocation's on-failure destination (the fields an operator reads). */
export interface FailedInvocation {
  version: '1.0';
  timestamp: string;
  requestContext: { requestId: string; functionArn: string; condition: 'RetriesExhausted'; approximateInvokeCount: number };
  requestPayload: S3Event;
  responseContext: { statusCode: number; executedVersion: string; functionError: 'Unhandled' };
  responsePayload: { errorType: string; errorMessage: string };
}

let sequence = 0;

/**
 * @example
 * const notifications = s3Notifications({ s3, ingest, region: 'us-east-1', log: console.log });
 * emulator.onObjectCreated(notifications.objectCreated);
 * await notifications.settled();
 */
export function s3Notifications(options: S3NotificationOptions): S3Notifications {
  const retryDelaysMs = options.retryDelaysMs ?? [1_000, 2_000];
  const inFlight = new Set<Promise<IngestOutcome>>();
  const outcomes: IngestOutcome[] = [];
  let stopping = false;

  const deliver = async (object: ObjectCreated): Promise<IngestOutcome> => {
    const event = await objectCreatedEvent(options.s3, object, options.region);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await options.ingest.invoke(event);
        options.log(`[ingest] ${object.key}: ${describeResult(result)}`);
        return { ...object, ok: true, attempts: attempt };
      } catch (error) {
        const delay = retryDelaysMs[attempt - 1];
        if (stopping) {
          options.log(
            `[ingest] ${object.key}: failed while the stack was stopping (${messageOf(error)}); upload it again after the next start`,
          );
          return { ...object, ok: false, attempts: attempt, error };
        }
        if (delay === undefined) {
          await options.deadLetter?.(failedInvocation(event, options, attempt, error));
          options.log(`[ingest] ${object.key}: failed ${attempt} times, sent to the dead-letter queue: ${messageOf(error)}`);
          return { ...object, ok: false, attempts: attempt, error };
        }
        options.log(`[ingest] ${object.key}: attempt ${attempt} failed (${messageOf(error)}); retrying`);
        await new Promise((done) => setTimeout(done, delay));
      }
    }
  };

  return {
    objectCreated: (object) => {
      const delivery = deliver(object).catch((error: unknown) => ({ ...object, ok: false, attempts: 0, error }));
      inFlight.add(delivery);
      void delivery.then((outcome) => {
        outcomes.push(outcome);
        inFlight.delete(delivery);
      });
    },
    settled: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
      return [...outcomes];
    },
    drainForShutdown: async () => {
      stopping = true;
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** The notification S3 sends for PutObject, with what HeadObject tells about the stored object. */
export async function objectCreatedEvent(s3: S3Client, object: ObjectCreated, region: string, now = new Date()): Promise<S3Event> {
  const head = await s3.send(new HeadObjectCommand({ Bucket: object.bucket, Key: object.key }));
  sequence += 1;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: region,
        eventTime: now.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'local' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': `local-${sequence}`, 'x-amz-id-2': 'local' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'local-object-created',
          bucket: { name: object.bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${object.bucket}` },
          object: {
            // S3 URL-encodes keys in notifications, spaces as '+'.
            key: encodeURIComponent(object.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size: head.ContentLength ?? 0,
            eTag: (head.ETag ?? '').replace(/"/g, ''),
            ...(head.VersionId ? { versionId: head.VersionId } : {}),
            sequencer: `${Date.now().toString(16).toUpperCase()}${sequence.toString(16).padStart(4, '0').toUpperCase()}`,
          },
        },
      },
    ],
  };
}

function failedInvocation(event: S3Event, options: S3NotificationOptions, attempts: number, error: unknown): FailedInvocation {
  return {
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: event.Records[0]?.responseElements['x-amz-request-id'] ?? 'local',
      functionArn: `arn:aws:lambda:${options.region}:000000000000:function:${options.ingest.name}:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: attempts,
    },
    requestPayload: event,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: error instanceof Error ? error.name : 'Error', errorMessage: messageOf(error) },
  };
}

/** The handler's outcome in a few words ('processed', 'failed NO_TEXT', 'duplicate'), whatever its exact shape. */
function describeResult(result: unknown): string {
  const items = Array.isArray(result) ? result : [result];
  const words = items.map((item) => {
    if (typeof item !== 'object' || item === null) return null;
    const { outcome, errorCode } = item as { outcome?: unknown; errorCode?: unknown };
    return typeof outcome === 'string' ? [outcome, typeof errorCode === 'string' ? errorCode : null].filter(Boolean).join(' ') : null;
  });
  return words.filter(Boolean).join(', ') || 'done';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
