/**
 * A multi-page scan whose Textract job outlives ingest's wait, end to end through DynamoDB Local and the S3
 * emulator (Textract itself faked: jobs finish when the test says): ingest hands off and the document stays
 * PENDING with its job; the job's completion message resumes it through the same ingest use case, to the
 * verdict a scan read at once gets. A duplicate completion derives nothing again, a failed job fails the
 * document with a reason, a completion for another version is dropped, and a completion arriving after
 * the stale sweep still wins.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps, type ApiDeps, systemClock } from '../../lib/adapters/deps.ts';
import { dynamoContractRepository } from '../../lib/adapters/dynamo-contract-repository.ts';
import { dynamoPendingDocuments } from '../../lib/adapters/dynamo-pending-documents.ts';
import { ingestDeps, realDomain } from '../../lib/adapters/ingest-deps.ts';
import { textractOcr } from '../../lib/adapters/ocr-engines.ts';
import { ocrResumeDeps } from '../../lib/adapters/ocr-resume-deps.ts';
import { requestToken } from '../../lib/adapters/textract-document.ts';
import { listVerdicts } from '../../lib/app/contract-queries.ts';
import { ingestObject } from '../../lib/app/ingest-object.ts';
import { parseOcrCompletion } from '../../lib/app/ocr-completion.ts';
import { OCR_FAILED_MESSAGE, resumeOcr, type OcrResumeOutcome } from '../../lib/app/ocr-resume.ts';
import type { ContractRepository } from '../../lib/app/ports.ts';
import { STALE_MESSAGE } from '../../lib/app/stale-sweep.ts';
import { fakeTextract } from '../support/fake-textract.ts';
import { type LocalAws, startLocalAws } from '../support/local-aws.ts';

const path = (relative: string) => new URL(`../../${relative}`, import.meta.url).pathname;
const bytesOf = (relative: string) => new Uint8Array(readFileSync(path(relative)));
const AGREEMENT = bytesOf('examples/hosting-suspension/agreement.pdf');
/** Two pages of images only: every page is OCR-read, so Textract reads it in one asynchronous job. */
const SCAN = bytesOf('test/fixtures/files/scanned.pdf');
/** What Textract "reads" on the scan's two pages: the example suspension notice, split between them. */
const LETTER_LINES = readFileSync(path('examples/hosting-suspension/letter.txt'), 'utf8').split('\n');
const PAGES = [LETTER_LINES.slice(0, 8), LETTER_LINES.slice(8)];
const CHANNEL = {
  TEXTRACT_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:ocr-completion',
  TEXTRACT_ROLE_ARN: 'arn:aws:iam::000000000000:role/textract-publish',
  TEXTRACT_HAND_OFF_MS: '10000',
};
const noSleep = async () => undefined;
const keyOf = (tenant: string, kind: 'agreement' | 'letter', documentId: string, file: string) =>
  `tenants/${tenant}/contracts/hosting/${kind}/${documentId}/${file}`;

let aws: LocalAws;
let api: ApiDeps;
/** The verdict the scan gets when Textract's job has finished before ingest first asks (no hand-off). */
let readAtOnce: unknown;

/** A repository that counts the writes a resume makes, to show a duplicate makes none. */
function counted(repository: ContractRepository) {
  const writes = { documents: 0, verdicts: 0, deadlines: 0 };
  return {
    writes,
    repository: {
      ...repository,
      async putDocument(d) {
        writes.documents += 1;
        await repository.putDocument(d);
      },
      async putVerdict(v) {
        writes.verdicts += 1;
        await repository.putVerdict(v);
      },
      async replaceDeadlines(t, c, d, a) {
        writes.deadlines += 1;
        await repository.replaceDeadlines(t, c, d, a);
      },
    } satisfies ContractRepository,
  };
}

/** The tenant's agreement is processed, then its scanned letter is uploaded and ingested with `textract`. */
async function uploadScan(tenant: string, textract: ReturnType<typeof fakeTextract>) {
  const ingest = ingestDeps(aws.config, systemClock, realDomain(), textractOcr(textract.client, aws.config, noSleep));
  const agreementKey = keyOf(tenant, 'agreement', 'a1', 'agreement.pdf');
  await aws.upload(agreementKey, AGREEMENT, 'application/pdf');
  expect(await ingestObject(ingest, { key: agreementKey })).toMatchObject({ outcome: 'processed' });
  const letterKey = keyOf(tenant, 'letter', 'l1', 'scanned notice.pdf');
  await aws.upload(letterKey, SCAN, 'application/pdf');
  return { letterKey, outcome: await ingestObject(ingest, { key: letterKey }) };
}

const storedLetter = (tenant: string) =>
  dynamoContractRepository(aws.clients.dynamo, aws.config.tableName).getDocument(tenant, 'hosting', 'l1');

/** ocrComplete as it handles one SNS message body: parsed, then resumed (or dropped). */
async function deliver(body: string, textract: ReturnType<typeof fakeTextract>, wrap?: (r: ContractRepository) => ContractRepository) {
  const parsed = parseOcrCompletion(body);
  if (!parsed.ok) return { outcome: 'dropped', reason: parsed.reason } satisfies OcrResumeOutcome;
  const deps = ocrResumeDeps(aws.config, { textract: textract.client, remainingMs: () => 60_000, ...(wrap ? { contracts: wrap } : {}) });
  return resumeOcr(deps, parsed.completion);
}

const verdictOf = async (tenant: string) => {
  const [stored] = (await listVerdicts(api, tenant, 'hosting')) ?? [];
  if (!stored) return undefined;
  const { computedAt: _computed, ...verdict } = stored;
  return verdict;
};

beforeAll(async () => {
  aws = await startLocalAws({ env: CHANNEL });
  api = apiDeps(aws.config);
  const textract = fakeTextract(PAGES, { finishAtOnce: true });
  const { outcome } = await uploadScan('ocr-at-once', textract);
  expect(outcome).toEqual({ outcome: 'processed', documentId: 'l1' });
  readAtOnce = await verdictOf('ocr-at-once');
}, 120_000);
afterAll(async () => {
  await aws?.stop();
});

describe('a multi-page scan whose text recognition outlives the ingest invocation', () => {
  it('is handed off PENDING with its job, and its completion resumes it to the verdict a scan read at once gets', {
    timeout: 90_000,
  }, async () => {
    const textract = fakeTextract(PAGES);
    const { letterKey, outcome } = await uploadScan('ocr-resumed', textract);
    const [job] = textract.jobsFor(letterKey);
    expect(outcome).toEqual({ outcome: 'handed-off', documentId: 'l1', jobId: job?.jobId });
    const pending = await storedLetter('ocr-resumed');
    expect(pending).toMatchObject({ status: 'PENDING', processedAt: null, ocrJob: { jobId: job?.jobId } });
    // The tag names the object version the job reads; the completion must carry the same one.
    const head = await ingestDeps(aws.config).objects.head(letterKey);
    expect(pending?.ocrJob?.jobTag).toBe(
      requestToken({ bucket: aws.config.bucketName, key: letterKey, versionId: head?.versionId ?? null }),
    );
    expect(await verdictOf('ocr-resumed')).toBeUndefined();

    textract.finish(job!.jobId);
    expect(await deliver(textract.completion(job!.jobId), textract)).toEqual({ outcome: 'processed', documentId: 'l1' });
    const processed = await storedLetter('ocr-resumed');
    expect(processed).toMatchObject({ status: 'PROCESSED', errorCode: null });
    expect(processed?.ocrJob).toBeUndefined();
    expect(processed?.letter).toBeDefined();
    expect(readAtOnce).toBeDefined();
    expect(await verdictOf('ocr-resumed')).toEqual(readAtOnce);
    // One job for the upload: the resume read the finished job's result and started nothing.
    expect(textract.calls.filter((call) => call === 'start')).toHaveLength(1);
  });

  it('a duplicate delivery of the completion is dropped and derives nothing again', { timeout: 90_000 }, async () => {
    const textract = fakeTextract(PAGES);
    const { letterKey } = await uploadScan('ocr-duplicate', textract);
    const [job] = textract.jobsFor(letterKey);
    textract.finish(job!.jobId);
    const message = textract.completion(job!.jobId);
    expect(await deliver(message, textract)).toMatchObject({ outcome: 'processed' });
    const verdict = (await listVerdicts(api, 'ocr-duplicate', 'hosting'))?.[0];
    const { writes, repository } = counted(dynamoContractRepository(aws.clients.dynamo, aws.config.tableName));
    const asked = textract.calls.length;
    const again = await deliver(message, textract, () => repository);
    expect(again).toMatchObject({ outcome: 'dropped', reason: expect.stringMatching(/already resumed/) });
    expect(writes).toEqual({ documents: 0, verdicts: 0, deadlines: 0 });
    expect(textract.calls).toHaveLength(asked);
    expect((await listVerdicts(api, 'ocr-duplicate', 'hosting'))?.[0]?.computedAt).toBe(verdict?.computedAt);
  });

  it('a job Textract failed fails the document with a reason the user can act on', { timeout: 90_000 }, async () => {
    const textract = fakeTextract(PAGES);
    const { letterKey } = await uploadScan('ocr-failed', textract);
    const [job] = textract.jobsFor(letterKey);
    textract.finish(job!.jobId, 'FAILED');
    expect(await deliver(textract.completion(job!.jobId), textract)).toEqual({
      outcome: 'failed',
      documentId: 'l1',
      errorCode: 'OCR_FAILED',
    });
    expect(await storedLetter('ocr-failed')).toMatchObject({ status: 'FAILED', errorCode: 'OCR_FAILED', errorMessage: OCR_FAILED_MESSAGE });
    expect(await verdictOf('ocr-failed')).toBeUndefined();
    // Settled: the failure is the document's, and a second delivery finds nothing waiting.
    expect(await deliver(textract.completion(job!.jobId), textract)).toMatchObject({ outcome: 'dropped' });
  });

  it('a completion whose tag is not the waiting version’s is dropped and the document keeps waiting', { timeout: 90_000 }, async () => {
    const textract = fakeTextract(PAGES);
    const { letterKey } = await uploadScan('ocr-other-tag', textract);
    const [job] = textract.jobsFor(letterKey);
    textract.finish(job!.jobId);
    const forged = textract.completion(job!.jobId, {
      JobTag: requestToken({ bucket: aws.config.bucketName, key: letterKey, versionId: 'older' }),
    });
    expect(await deliver(forged, textract)).toMatchObject({ outcome: 'dropped', reason: expect.stringMatching(/superseded/) });
    expect(await storedLetter('ocr-other-tag')).toMatchObject({ status: 'PENDING', ocrJob: { jobId: job?.jobId } });
    expect(await deliver(textract.completion(job!.jobId, { JobId: 'job-unknown' }), textract)).toMatchObject({ outcome: 'dropped' });
    expect(await verdictOf('ocr-other-tag')).toBeUndefined();
  });

  it('a completion arriving after the stale sweep failed the waiting document still resumes it', { timeout: 90_000 }, async () => {
    const textract = fakeTextract(PAGES);
    const { letterKey } = await uploadScan('ocr-late', textract);
    const [job] = textract.jobsFor(letterKey);
    const waiting = await storedLetter('ocr-late');
    // The sweep's own query and conditional write, seven hours and more after the upload was requested.
    const pending = dynamoPendingDocuments(aws.clients.dynamo, aws.config.tableName);
    const later = new Date(Date.parse(waiting!.createdAt) + 8 * 3_600_000).toISOString();
    const stale = (await pending.listPendingBefore(later, 1_000)).filter((d) => d.tenantId === 'ocr-late');
    expect(stale).toHaveLength(1);
    expect(await pending.failIfPending(stale[0]!, { code: 'STALE', message: STALE_MESSAGE, at: later })).toBe(true);
    expect(await storedLetter('ocr-late')).toMatchObject({ status: 'FAILED', errorCode: 'STALE', ocrJob: { jobId: job?.jobId } });

    textract.finish(job!.jobId);
    expect(await deliver(textract.completion(job!.jobId), textract)).toEqual({ outcome: 'processed', documentId: 'l1' });
    expect(await storedLetter('ocr-late')).toMatchObject({ status: 'PROCESSED', errorCode: null });
    expect(await verdictOf('ocr-late')).toEqual(readAtOnce);
  });
});
