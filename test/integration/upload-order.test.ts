/**
 * The later upload wins. Two versions of an agreement uploaded back to back fall in the same LastModified
 * second; the contract must keep the one whose upload was requested last, whichever ingest runs first.
 * Versions of one object key are ordered by the S3 event's sequencer.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps, type ApiDeps } from '../../lib/adapters/deps.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { createUpload } from '../../lib/app/create-upload.ts';
import { getContract } from '../../lib/app/contract-queries.ts';
import { ingestObject, type IngestDeps } from '../../lib/app/ingest-object.ts';
import { buildObjectKey } from '../../lib/app/object-key.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const AGREEMENT = readFileSync(new URL('../../examples/hosting-suspension/agreement.txt', import.meta.url), 'utf8');
/** The second version gives longer notice: a different analysis, so which one was kept is visible. */
const REVISED = AGREEMENT.replaceAll('thirty (30) days', 'sixty (60) days');
const CONTRACTS = 20;

let aws: LocalAws;
let api: ApiDeps;
let ingest: IngestDeps;

beforeAll(async () => {
  aws = await startLocalAws();
  api = apiDeps(aws.config);
  ingest = ingestDeps(aws.config);
});
afterAll(async () => {
  await aws?.stop();
});

async function uploadAgreement(contractId: string, body: string): Promise<{ documentId: string; key: string }> {
  const fileName = 'agreement.txt';
  const bytes = new TextEncoder().encode(body);
  const ticket = await createUpload(api, 'acme', contractId, {
    kind: 'agreement',
    fileName,
    contentType: 'text/plain',
    contentLength: bytes.length,
  });
  const key = buildObjectKey({ tenantId: 'acme', contractId, kind: 'agreement', documentId: ticket.documentId, fileName });
  await aws.upload(key, bytes);
  return { documentId: ticket.documentId, key };
}

describe('two versions of an agreement uploaded back to back', () => {
  it(`the contract keeps the later one, in all ${CONTRACTS} contracts, whichever is ingested first`, async () => {
    expect(REVISED).not.toBe(AGREEMENT);
    // The contracts run side by side; within each, the two uploads are requested and made one after the other.
    const kept = await Promise.all(
      Array.from({ length: CONTRACTS }, async (_, i) => {
        const contract = `back-to-back-${i}`;
        const earlier = await uploadAgreement(contract, AGREEMENT);
        const later = await uploadAgreement(contract, REVISED);
        // Even contracts: the later upload's event is delivered first; odd ones: both at once.
        if (i % 2 === 0) {
          await ingestObject(ingest, { key: later.key });
          await ingestObject(ingest, { key: earlier.key });
        } else {
          await Promise.all([ingestObject(ingest, { key: earlier.key }), ingestObject(ingest, { key: later.key })]);
        }
        const summary = await getContract(api, 'acme', contract);
        return { contract, later: summary?.agreementDocumentId === later.documentId };
      }),
    );
    expect(kept.filter((k) => !k.later).map((k) => k.contract)).toEqual([]);
    expect(kept).toHaveLength(CONTRACTS);
  }, 180_000);
});

describe('two versions of one object key', () => {
  it('the version with the smaller sequencer, delivered last, is superseded', async () => {
    const key = buildObjectKey({ tenantId: 'acme', contractId: 'same-key', kind: 'agreement', documentId: 'a', fileName: 'agreement.txt' });
    await aws.upload(key, REVISED);
    // The emulator keeps one version per key: the event's versionId stands in for S3's.
    const newer = await ingestObject(ingest, { key, versionId: 'v2', sequencer: '0055AED6DCD90281E6' });
    const older = await ingestObject(ingest, { key, versionId: 'v1', sequencer: '0055AED6DCD90281E5' });
    expect([newer.outcome, older.outcome]).toEqual(['processed', 'superseded']);
    const summary = await getContract(api, 'acme', 'same-key');
    expect(summary!.documents.find((d) => d.documentId === 'a')).toBeDefined();
  });
});
