/**
 * A long agreement's analysis passes DynamoDB's 400 KB item limit as JSON: it is stored compressed and read
 * back whole. One too large even compressed ends FAILED with TOO_LARGE at once, not PENDING after every
 * attempt. The agreements are generated here: the example agreement followed by hundreds of numbered clauses.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDeps, realDomain } from '../../lib/adapters/ingest-deps.ts';
import { getContract } from '../../lib/app/contract-queries.ts';
import { apiDeps } from '../../lib/adapters/deps.ts';
import { ingestObject } from '../../lib/app/ingest-object.ts';
import { buildObjectKey } from '../../lib/app/object-key.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const BASE = readFileSync(new URL('../../examples/hosting-suspension/agreement.txt', import.meta.url), 'utf8');
const TENANT = 'acme';

/** The example agreement and `count` more numbered clauses, each a termination right on notice. */
const longAgreement = (count: number) =>
  [
    BASE,
    ...Array.from(
      { length: count },
      (_, i) =>
        `${i + 20}. SERVICE SCHEDULE ${i + 1}\n\n${i + 20}.1 Termination of Schedule ${i + 1}. Either party may terminate Schedule ${i + 1} upon sixty (60) days' prior written notice to the other party, delivered by certified mail to the address in the order form.`,
    ),
  ].join('\n\n');

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(async () => {
  await aws?.stop();
});

async function uploadAgreement(contractId: string, text: string): Promise<string> {
  const key = buildObjectKey({ tenantId: TENANT, contractId, kind: 'agreement', documentId: 'agreement-1', fileName: 'agreement.txt' });
  await aws.upload(key, text);
  return key;
}

describe.each([900, 4500])('an agreement with %i more numbered clauses', (clauses) => {
  it('is processed, and its whole analysis is read back', { timeout: 60_000 }, async () => {
    const text = longAgreement(clauses);
    const contractId = `long-${clauses}`;
    const deps = ingestDeps(aws.config);
    const analysis = realDomain().analyzeAgreement({ text, pages: 1, pageStarts: [0], format: 'txt' });
    // Too large for one item as JSON: what this test is about.
    expect(JSON.stringify(analysis).length).toBeGreaterThan(400 * 1024);

    expect(await ingestObject(deps, { key: await uploadAgreement(contractId, text) })).toEqual({
      outcome: 'processed',
      documentId: 'agreement-1',
    });
    const stored = await deps.contracts.getDocument(TENANT, contractId, 'agreement-1');
    expect(stored?.status).toBe('PROCESSED');
    expect(stored?.agreement?.provisions.length).toBe(analysis.provisions.length);
    expect(stored?.agreement?.provisions.length).toBeGreaterThan(clauses);
    const contract = await getContract(apiDeps(aws.config), TENANT, contractId);
    expect(contract?.documents).toEqual([expect.objectContaining({ documentId: 'agreement-1', status: 'PROCESSED' })]);
  });
});

describe('an agreement whose analysis is too large even compressed', () => {
  it('is FAILED with TOO_LARGE and a message a user can act on, at the first attempt', async () => {
    const real = realDomain();
    // Incompressible words in the analysis: what no real clause wording is, but what the limit must hold against.
    const noise = randomBytes(400 * 1024).toString('base64');
    const domain = {
      ...real,
      analyzeAgreement: (doc: Parameters<typeof real.analyzeAgreement>[0]) => ({ ...real.analyzeAgreement(doc), governingLaw: noise }),
    };
    const deps = ingestDeps(aws.config, undefined, domain);
    const key = await uploadAgreement('too-large', BASE);

    expect(await ingestObject(deps, { key })).toEqual({ outcome: 'failed', documentId: 'agreement-1', errorCode: 'TOO_LARGE' });
    const stored = await deps.contracts.getDocument(TENANT, 'too-large', 'agreement-1');
    expect(stored).toMatchObject({ status: 'FAILED', errorCode: 'TOO_LARGE' });
    expect(stored?.errorMessage).toMatch(/too large to store .* Upload a shorter document/);
    expect(stored?.agreement).toBeUndefined();
    // The same bytes fail the same way: a replay does not try again.
    expect(await ingestObject(deps, { key })).toEqual({ outcome: 'duplicate', documentId: 'agreement-1' });
  });
});
