/**
 * The pipeline end to end against DynamoDB Local and the S3/SNS emulator, with the real domain: uploads
 * land in the bucket, ingest stores documents, verdicts and deadlines; replays and concurrent deliveries
 * change nothing; an agreement arriving after its letter re-judges it; tenants never see each other.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps, type ApiDeps } from '../../lib/adapters/deps.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { getContract, listContracts, listDeadlines, listVerdicts } from '../../lib/app/contract-queries.ts';
import { ingestObject, type IngestDeps } from '../../lib/app/ingest-object.ts';
import { checkLetter } from '../../lib/app/check-letter.ts';
import { extractText } from '../../lib/text/extract-text.ts';
import { startLocalAws, type LocalAws } from '../support/local-aws.ts';

const example = (file: string) => readFileSync(new URL(`../../examples/hosting-suspension/${file}`, import.meta.url), 'utf8');
const AGREEMENT = example('agreement.txt');
const LETTER = example('letter.txt');
const key = (tenant: string, contract: string, kind: 'agreement' | 'letter', documentId: string, fileName: string) =>
  `tenants/${tenant}/contracts/${contract}/${kind}/${documentId}/${fileName}`;

let aws: LocalAws;
let ingest: IngestDeps;
let api: ApiDeps;

beforeAll(async () => {
  aws = await startLocalAws();
  ingest = ingestDeps(aws.config);
  api = apiDeps(aws.config);
});
afterAll(async () => {
  await aws?.stop();
});

describe('ingest of the motivating example', () => {
  const letterKey = key('acme', 'hosting', 'letter', 'letter-1', 'suspension notice.txt');
  const agreementKey = key('acme', 'hosting', 'agreement', 'agreement-1', 'hosting agreement.txt');

  it('a letter that arrives before its agreement is stored and waits for it', async () => {
    await aws.upload(letterKey, LETTER);
    const outcome = await ingestObject(ingest, { key: letterKey });
    expect(outcome).toEqual({ outcome: 'processed', documentId: 'letter-1' });
    expect(await listVerdicts(api, 'acme', 'hosting')).toEqual([]);
  });

  it('the agreement arriving later judges the letter exactly as the CLI does', async () => {
    await aws.upload(agreementKey, AGREEMENT);
    expect(await ingestObject(ingest, { key: agreementKey })).toEqual({ outcome: 'processed', documentId: 'agreement-1' });
    const verdicts = await listVerdicts(api, 'acme', 'hosting');
    const cli = checkLetter(
      await extractText(new TextEncoder().encode(AGREEMENT), { fileName: 'agreement.txt' }),
      await extractText(new TextEncoder().encode(LETTER), { fileName: 'letter.txt' }),
      { defaultZone: aws.config.defaultZone },
    ).verdict;
    expect(verdicts).toHaveLength(1);
    const [item] = verdicts!;
    const { letterDocumentId, computedAt, ...verdict } = item!;
    expect(letterDocumentId).toBe('letter-1');
    expect(Date.parse(computedAt)).not.toBeNaN();
    expect(verdict).toEqual(JSON.parse(JSON.stringify(cli)));
  });

  it('the same object version replayed three times changes nothing', async () => {
    const before = await getContract(api, 'acme', 'hosting');
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push(await ingestObject(ingest, { key: letterKey }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    const after = await getContract(api, 'acme', 'hosting');
    expect(after).toEqual(before);
  });

  it('a new version with the same bytes is recorded without re-judging', async () => {
    const before = await listVerdicts(api, 'acme', 'hosting');
    // The emulator does not version objects: the event's versionId stands in for S3's.
    expect(await ingestObject(ingest, { key: letterKey, versionId: 'second-version' })).toEqual({
      outcome: 'duplicate',
      documentId: 'letter-1',
    });
    expect(await listVerdicts(api, 'acme', 'hosting')).toEqual(before);
    const contract = await getContract(api, 'acme', 'hosting');
    expect(contract!.documents.find((d) => d.documentId === 'letter-1')?.status).toBe('PROCESSED');
  });

  it('two concurrent deliveries of a new object produce one document, one verdict and one set of deadlines', async () => {
    const secondLetter = key('acme', 'hosting', 'letter', 'letter-2', 'second.txt');
    await aws.upload(secondLetter, LETTER);
    const results = await Promise.allSettled([ingestObject(ingest, { key: secondLetter }), ingestObject(ingest, { key: secondLetter })]);
    const fulfilled = results
      .filter((r) => r.status === 'fulfilled')
      .map((r) => (r as PromiseFulfilledResult<{ outcome: string }>).value.outcome);
    const rejected = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code?: string });
    expect(fulfilled).toContain('processed');
    // The loser either saw the finished claim or was told to retry later (TRANSIENT → Lambda retries).
    for (const reason of rejected) expect(reason.code).toBe('TRANSIENT');
    expect(fulfilled.filter((o) => o === 'processed')).toHaveLength(1);
    const retried = await ingestObject(ingest, { key: secondLetter });
    expect(retried.outcome).toBe('duplicate');
    const verdicts = await listVerdicts(api, 'acme', 'hosting');
    expect(verdicts!.map((v) => v.letterDocumentId).sort()).toEqual(['letter-1', 'letter-2']);
    const contract = await getContract(api, 'acme', 'hosting');
    const ids = contract!.deadlines.map((d) => d.deadlineId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an unreadable file is stored FAILED with its error code and not retried', async () => {
    const emptyKey = key('acme', 'hosting', 'letter', 'letter-empty', 'empty.pdf');
    await aws.upload(emptyKey, new Uint8Array(), 'application/pdf');
    const outcome = await ingestObject(ingest, { key: emptyKey });
    expect(outcome).toEqual({ outcome: 'failed', documentId: 'letter-empty', errorCode: 'EMPTY_FILE' });
    const contract = await getContract(api, 'acme', 'hosting');
    expect(contract!.documents.find((d) => d.documentId === 'letter-empty')).toMatchObject({ status: 'FAILED', errorCode: 'EMPTY_FILE' });
    expect((await ingestObject(ingest, { key: emptyKey })).outcome).toBe('duplicate');
  });

  it('a transient failure releases the claim, so Lambda’s retry processes the object', async () => {
    const retryKey = key('acme', 'hosting', 'letter', 'letter-retry', 'retry.txt');
    await aws.upload(retryKey, LETTER);
    const flaky: IngestDeps = {
      ...ingest,
      domain: {
        ...ingest.domain,
        extractText: async () => {
          throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
        },
      },
    };
    await expect(ingestObject(flaky, { key: retryKey })).rejects.toThrow('socket hang up');
    expect(await ingestObject(ingest, { key: retryKey })).toEqual({ outcome: 'processed', documentId: 'letter-retry' });
  });

  it('a new version of the agreement re-judges the letters', async () => {
    const agreementKey = key('acme', 'hosting', 'agreement', 'agreement-1', 'hosting agreement.txt');
    const before = await listVerdicts(api, 'acme', 'hosting');
    await aws.upload(agreementKey, `${AGREEMENT}\n`);
    expect(await ingestObject(ingest, { key: agreementKey })).toEqual({ outcome: 'processed', documentId: 'agreement-1' });
    const after = await listVerdicts(api, 'acme', 'hosting');
    const previously = new Map(before!.map((v) => [v.letterDocumentId, v.computedAt]));
    expect(after!.map((v) => v.letterDocumentId).sort()).toEqual([...previously.keys()].sort());
    for (const verdict of after!) expect(verdict.computedAt > previously.get(verdict.letterDocumentId)!).toBe(true);
  });

  it('a file over the size limit is refused from its HEAD, before download', async () => {
    const small = ingestDeps({ ...aws.config, maxUploadBytes: 10 });
    let downloaded = false;
    const watched: IngestDeps = {
      ...small,
      objects: {
        ...small.objects,
        getBytes: async (...args) => {
          downloaded = true;
          return small.objects.getBytes(...args);
        },
      },
    };
    const bigKey = key('acme', 'hosting', 'letter', 'letter-big', 'big.txt');
    await aws.upload(bigKey, LETTER);
    expect(await ingestObject(watched, { key: bigKey })).toEqual({ outcome: 'failed', documentId: 'letter-big', errorCode: 'TOO_LARGE' });
    expect(downloaded).toBe(false);
  });
});

describe('documents of one contract arriving together', () => {
  it('an agreement and a letter ingested at the same time end with the verdict and the letter’s deadlines', async () => {
    const agreementKey = key('acme', 'together', 'agreement', 'a', 'agreement.txt');
    const letterKey = key('acme', 'together', 'letter', 'l', 'letter.txt');
    await Promise.all([aws.upload(agreementKey, AGREEMENT), aws.upload(letterKey, LETTER)]);
    await Promise.all([ingestObject(ingest, { key: agreementKey }), ingestObject(ingest, { key: letterKey })]);
    const verdicts = await listVerdicts(api, 'acme', 'together');
    expect(verdicts!.map((v) => v.letterDocumentId)).toEqual(['l']);
    const contract = await getContract(api, 'acme', 'together');
    // The letter's own deadline (when the suspension takes effect) survives the agreement's concurrent refresh.
    expect(contract!.deadlines.filter((d) => d.sourceDocumentId === 'l').map((d) => d.kind)).toContain('suspension-effective');
    expect(contract!.documentCount).toBe(2);
    expect(contract!.verdicts).toEqual({ [verdicts![0]!.status]: 1 });
  });
});

describe('tenant isolation', () => {
  it('tenant B cannot see tenant A’s contract, verdicts or deadlines', async () => {
    expect(await getContract(api, 'acme', 'hosting')).not.toBeNull();
    expect(await getContract(api, 'globex', 'hosting')).toBeNull();
    expect(await listVerdicts(api, 'globex', 'hosting')).toBeNull();
    expect((await listContracts(api, 'globex', {})).items).toEqual([]);
    expect(await listDeadlines(api, 'globex', { from: '2000-01-01', to: '2100-12-31' })).toEqual([]);
    expect((await listDeadlines(api, 'acme', { from: '2000-01-01', to: '2100-12-31' })).length).toBeGreaterThan(0);
  });

  it('a cursor from tenant A is refused for tenant B', async () => {
    await ingestObject(ingest, { key: key('acme', 'second', 'letter', 'l', 'x.txt') }).catch(() => undefined);
    await aws.upload(key('acme', 'other', 'letter', 'l1', 'x.txt'), LETTER);
    await ingestObject(ingest, { key: key('acme', 'other', 'letter', 'l1', 'x.txt') });
    const page = await listContracts(api, 'acme', { limit: 1 });
    expect(page.cursor).not.toBeNull();
    await expect(listContracts(api, 'globex', { limit: 1, cursor: page.cursor })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
