/**
 * After Lambda's last attempt at an event, a document whose every attempt failed is stored FAILED with its
 * code — never left PENDING — and a later replay of the event (from the dead-letter queue) processes it again.
 * Against DynamoDB Local and the S3 emulator; the failure is injected into the analysis.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps } from '../../lib/adapters/deps.ts';
import { ingestDeps, realDomain } from '../../lib/adapters/ingest-deps.ts';
import { createUpload } from '../../lib/app/create-upload.ts';
import { INGEST_ATTEMPTS, ingestObject, type IngestDeps } from '../../lib/app/ingest-object.ts';
import { buildObjectKey } from '../../lib/app/object-key.ts';
import type { DomainPort } from '../../lib/app/ports.ts';
import { NoticeCheckError } from '../../lib/errors.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const AGREEMENT = readFileSync(new URL('../../examples/hosting-suspension/agreement.txt', import.meta.url), 'utf8');
const TENANT = 'acme';
const START = Date.parse('2021-01-10T03:00:00Z');

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(async () => {
  await aws?.stop();
});

/** Ingest deps at a movable clock, whose agreement analysis throws `failure` while `failing.on` is set. */
function depsWith(clock: { at: number }, failing: { on: boolean }, failure: () => Error): IngestDeps {
  const real = realDomain();
  const domain: DomainPort = {
    ...real,
    analyzeAgreement: (text) => {
      if (failing.on) throw failure();
      return real.analyzeAgreement(text);
    },
  };
  return ingestDeps(aws.config, { now: () => new Date(clock.at) }, domain);
}

/** An agreement uploaded through an upload request, so its document is PENDING before any ingest. */
async function upload(contractId: string): Promise<{ key: string; documentId: string }> {
  const bytes = new TextEncoder().encode(AGREEMENT);
  const ticket = await createUpload(apiDeps(aws.config, { now: () => new Date(START - 60_000) }), TENANT, contractId, {
    kind: 'agreement',
    fileName: 'agreement.txt',
    contentType: 'text/plain',
    contentLength: bytes.length,
  });
  const key = buildObjectKey({ tenantId: TENANT, contractId, kind: 'agreement', documentId: ticket.documentId, fileName: 'agreement.txt' });
  await aws.upload(key, bytes);
  return { key, documentId: ticket.documentId };
}

const CASES = [
  // An error without a code says nothing a user can act on: the stored message is the service's own.
  { name: 'an unexpected error', failure: () => new Error('socket hang up'), code: 'PROCESSING_FAILED', message: /after 3 attempts/ },
  // The service's errors carry a message written for the reader, kept with their code.
  {
    name: 'an error of the service with its own code',
    failure: () => new NoticeCheckError('CONFIG', 'The service is misconfigured'),
    code: 'CONFIG',
    message: /misconfigured/,
  },
  // TRANSIENT means "try again", which is no longer true after the last attempt.
  {
    name: 'a transient error',
    failure: () => new NoticeCheckError('TRANSIENT', 'table busy'),
    code: 'PROCESSING_FAILED',
    message: /after 3 attempts/,
  },
] as const;

describe.each(CASES)('every attempt fails with $name', ({ failure, code, message }) => {
  it(`the document stays PENDING until the last attempt, then is FAILED with ${code}; a replay processes it`, async () => {
    const contractId = `last-attempt-${code.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`;
    const { key, documentId } = await upload(contractId);
    const clock = { at: START };
    const failing = { on: true };
    const deps = depsWith(clock, failing, failure);
    const statusAfter: string[] = [];
    for (let attempt = 1; attempt <= INGEST_ATTEMPTS; attempt += 1) {
      await expect(ingestObject(deps, { key })).rejects.toThrow();
      statusAfter.push((await deps.contracts.getDocument(TENANT, contractId, documentId))?.status ?? 'absent');
      clock.at += 120_000; // Lambda's retries come one and two minutes apart
    }
    expect(statusAfter).toEqual(['PENDING', 'PENDING', 'FAILED']);
    const failed = await deps.contracts.getDocument(TENANT, contractId, documentId);
    expect(failed).toMatchObject({ status: 'FAILED', errorCode: code, objectKey: key, fileName: 'agreement.txt' });
    expect(failed?.errorMessage).toMatch(message);
    expect(failed?.errorMessage).not.toMatch(/socket|busy/);

    // The cause is fixed and the event replayed from the dead-letter queue.
    failing.on = false;
    clock.at += 3_600_000;
    expect(await ingestObject(deps, { key })).toEqual({ outcome: 'processed', documentId });
    const processed = await deps.contracts.getDocument(TENANT, contractId, documentId);
    expect(processed).toMatchObject({ status: 'PROCESSED', errorCode: null, errorMessage: null });
    expect(processed?.agreement?.provisions.length).toBeGreaterThan(0);
    // A second replay of the same event is a no-op.
    expect(await ingestObject(deps, { key })).toEqual({ outcome: 'duplicate', documentId });
  });
});

describe('a file that is unreadable on every attempt', () => {
  it('is FAILED with its own code at the first attempt, and a replay leaves it so', async () => {
    const contractId = `unreadable-${Math.random().toString(36).slice(2, 8)}`;
    const key = buildObjectKey({ tenantId: TENANT, contractId, kind: 'agreement', documentId: 'empty', fileName: 'agreement.txt' });
    await aws.upload(key, '');
    const deps = depsWith({ at: START }, { on: false }, () => new Error('unused'));
    expect(await ingestObject(deps, { key })).toMatchObject({ outcome: 'failed', errorCode: 'EMPTY_FILE' });
    expect(await ingestObject(deps, { key })).toEqual({ outcome: 'duplicate', documentId: 'empty' });
    expect(await deps.contracts.getDocument(TENANT, contractId, 'empty')).toMatchObject({ status: 'FAILED', errorCode: 'EMPTY_FILE' });
  });
});
