import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { objectCreatedEvent, s3Notifications } from '../../lib/local/s3-notifications.ts';

/** HeadObject is all the notifier asks of S3. */
const fakeS3 = { send: async () => ({ ContentLength: 1234, ETag: '"0cc175b9c0f1b6a831c399e269772661"' }) } as unknown as S3Client;

describe('S3 ObjectCreated notifications to the ingest function', () => {
  it('builds the event S3 sends: URL-encoded key with + for spaces, size and unquoted ETag', async () => {
    const event = await objectCreatedEvent(
      fakeS3,
      { bucket: 'docs', key: 'tenants/t1/contracts/c1/letter/d1/Notice (final).pdf' },
      'us-east-1',
    );
    const record = event.Records[0]!;
    expect(record.eventName).toBe('ObjectCreated:Put');
    expect(record.eventSource).toBe('aws:s3');
    expect(record.s3.bucket).toMatchObject({ name: 'docs', arn: 'arn:aws:s3:::docs' });
    expect(record.s3.object).toMatchObject({
      key: 'tenants/t1/contracts/c1/letter/d1/Notice+(final).pdf',
      size: 1234,
      eTag: '0cc175b9c0f1b6a831c399e269772661',
    });
    expect(decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '))).toBe('tenants/t1/contracts/c1/letter/d1/Notice (final).pdf');
  });

  it('retries a failing ingest as Lambda retries an async event, then reports it dead-lettered', async () => {
    const lines: string[] = [];
    let calls = 0;
    const notifications = s3Notifications({
      s3: fakeS3,
      region: 'us-east-1',
      retryDelaysMs: [1, 1],
      log: (line) => lines.push(line),
      ingest: {
        name: 'ingest',
        invoke: async () => {
          calls += 1;
          throw new Error('throttled');
        },
      },
    });
    notifications.objectCreated({ bucket: 'docs', key: 'tenants/t1/a.pdf' });
    const [outcome] = await notifications.settled();
    expect(calls).toBe(3);
    expect(outcome).toMatchObject({ ok: false, attempts: 3, key: 'tenants/t1/a.pdf' });
    expect(lines.at(-1)).toMatch(/dead-letter/);
  });

  it('succeeds on a retry and says what the handler did', async () => {
    const lines: string[] = [];
    const seen: S3Event[] = [];
    const notifications = s3Notifications({
      s3: fakeS3,
      region: 'us-east-1',
      retryDelaysMs: [1, 1],
      log: (line) => lines.push(line),
      ingest: {
        name: 'ingest',
        invoke: async (event) => {
          seen.push(event as S3Event);
          if (seen.length === 1) throw new Error('timeout');
          return [{ outcome: 'failed', errorCode: 'NO_TEXT' }];
        },
      },
    });
    notifications.objectCreated({ bucket: 'docs', key: 'tenants/t1/b.pdf' });
    const outcomes = await notifications.settled();
    expect(outcomes).toEqual([expect.objectContaining({ ok: true, attempts: 2 })]);
    expect(seen[0]).toBe(seen[1]); // the same event is redelivered, as Lambda does
    expect(lines.at(-1)).toBe('[ingest] tenants/t1/b.pdf: failed NO_TEXT');
  });

  it('starts no retry once the stack is stopping', async () => {
    const lines: string[] = [];
    let calls = 0;
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const underWay = new Promise<void>((done) => (entered = done));
    const notifications = s3Notifications({
      s3: fakeS3,
      region: 'us-east-1',
      retryDelaysMs: [1, 1],
      log: (line) => lines.push(line),
      ingest: {
        name: 'ingest',
        invoke: async () => {
          calls += 1;
          const released = new Promise<void>((done) => (release = done));
          entered();
          await released;
          throw new Error('connect ECONNREFUSED');
        },
      },
    });
    notifications.objectCreated({ bucket: 'docs', key: 'tenants/t1/c.pdf' });
    await underWay;
    const draining = notifications.drainForShutdown();
    release();
    await draining;
    expect(calls).toBe(1);
    expect(lines.at(-1)).toMatch(/while the stack was stopping/);
  });
});
