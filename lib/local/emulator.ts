/**
 * Starts the in-process S3/SNS/SQS emulator (fauxqs) on a free port.
 *
 * fauxqs does not implement S3 bucket notifications (PutBucketNotificationConfiguration) nor object
 * versioning, so S3 ObjectCreated events are not delivered by the emulator itself. Instead this launcher
 * exposes `onObjectCreated`, fed by fauxqs' message spy (`uploaded` events for PutObject and
 * CompleteMultipartUpload); the local stack turns each one into an S3 event for the same ingest handler
 * that runs in Lambda. Objects have an ETag but no versionId locally.
 *
 * It listens on 127.0.0.1 only: fauxqs itself binds every interface (see loopback-listen.ts).
 */
import { startFauxqs, type FauxqsServer, type S3SpyEvent } from 'fauxqs';
import { onLoopbackOnly } from './loopback-listen.ts';

export interface EmulatorOptions {
  /** Port to listen on; 0 / omitted lets the OS choose a free one. */
  port?: number;
  region?: string;
}

export interface ObjectCreated {
  bucket: string;
  key: string;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`: one endpoint for S3 (path style), SNS and SQS. */
  endpoint: string;
  port: number;
  /** The fauxqs server, for creating buckets/topics/queues and inspecting queues. */
  server: FauxqsServer;
  /** Calls `listener` for every object stored from now on (PutObject, CompleteMultipartUpload, CopyObject). */
  onObjectCreated(listener: (event: ObjectCreated) => void): () => void;
  stop(): Promise<void>;
}

/**
 * @example
 * const emulator = await startEmulator({});
 * emulator.server.createBucket('documents');
 * new S3Client({ endpoint: emulator.endpoint, forcePathStyle: true, region: 'us-east-1', credentials });
 * await emulator.stop();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const server = await onLoopbackOnly(() =>
    startFauxqs({
      port: options.port ?? 0,
      logger: false,
      host: '127.0.0.1',
      defaultRegion: options.region ?? 'us-east-1',
      messageSpies: { bufferSize: 1000 },
    }),
  );
  const listeners = new Set<(event: ObjectCreated) => void>();
  const seen = new WeakSet<object>();
  let stopped = false;

  // The spy's documented API is "await the next matching event"; a loop of waits turns it into a stream.
  // Each event object is remembered so the retroactive buffer check never yields it twice.
  const pump = async () => {
    while (!stopped) {
      let event: S3SpyEvent;
      try {
        event = (await server.spy.waitForMessage(
          (message) => message.service === 's3' && message.status === 'uploaded' && !seen.has(message),
        )) as S3SpyEvent;
      } catch {
        return; // spy.clear() on stop rejects the pending wait
      }
      seen.add(event);
      for (const listener of listeners) listener({ bucket: event.bucket, key: event.key });
    }
  };
  const pumping = pump();

  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    server,
    onObjectCreated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      server.spy.clear();
      await pumping;
      await server.stop();
    },
  };
}
