/**
 * Scanned letters through the ingest pipeline (DynamoDB Local, the S3 emulator, real tesseract): an
 * uploaded scan is OCR'd by the ingest use case and judged exactly as `notice-check check` judges it — the
 * clean text's verdict, or NEEDS_REVIEW naming the doubtful words — also when the agreement arrives after
 * the letter and the verdict is judged again from stored analyses. Reading that would outlast the
 * function's time fails with TIMEOUT and is recorded, never left half done.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps, type ApiDeps } from '../../lib/adapters/deps.ts';
import { systemClock } from '../../lib/adapters/deps.ts';
import { boundedOcr, ingestDeps, realDomain } from '../../lib/adapters/ingest-deps.ts';
import { checkLetter } from '../../lib/app/check-letter.ts';
import { getContract, listVerdicts } from '../../lib/app/contract-queries.ts';
import { type IngestDeps, ingestObject } from '../../lib/app/ingest-object.ts';
import type { ExtractedText, Verdict } from '../../lib/domain/types.ts';
import { lazyTesseractEngine } from '../../lib/text/ocr/lazy-tesseract.ts';
import { readDocumentFile } from '../../lib/text/read-document-file.ts';
import { type LocalAws, startLocalAws } from '../support/local-aws.ts';

const path = (relative: string) => new URL(`../../${relative}`, import.meta.url).pathname;
const AGREEMENT = 'examples/hosting-suspension/agreement.pdf';
const CLEAN_LETTER = 'examples/hosting-suspension/letter.txt';
const key = (tenant: string, kind: 'agreement' | 'letter', documentId: string, fileName: string) =>
  `tenants/${tenant}/contracts/hosting/${kind}/${documentId}/${fileName}`;

let aws: LocalAws;
let ingest: IngestDeps;
let api: ApiDeps;
const ocr = lazyTesseractEngine();
let agreementDoc: ExtractedText;
let cleanVerdict: Verdict;

beforeAll(async () => {
  aws = await startLocalAws();
  ingest = ingestDeps(aws.config, systemClock, realDomain(), ocr);
  api = apiDeps(aws.config);
  agreementDoc = await readDocumentFile(path(AGREEMENT));
  cleanVerdict = checkLetter(agreementDoc, await readDocumentFile(path(CLEAN_LETTER)), { defaultZone: aws.config.defaultZone }).verdict;
}, 60_000);
afterAll(async () => {
  await ocr.close();
  await aws?.stop();
});

/** Uploads the agreement and the scan in the order given, ingests each, and returns the stored verdict. */
async function ingestScan(tenant: string, scan: string, order: 'letter-first' | 'agreement-first'): Promise<Verdict | undefined> {
  const documents = {
    agreement: { key: key(tenant, 'agreement', 'a1', 'agreement.pdf'), file: AGREEMENT },
    letter: { key: key(tenant, 'letter', 'l1', 'scanned notice.pdf'), file: `test/fixtures/scans/${scan}` },
  };
  const sequence = order === 'letter-first' ? [documents.letter, documents.agreement] : [documents.agreement, documents.letter];
  for (const document of sequence) {
    await aws.upload(document.key, new Uint8Array(readFileSync(path(document.file))), 'application/pdf');
    expect(await ingestObject(ingest, { key: document.key })).toMatchObject({ outcome: 'processed' });
  }
  const [stored] = (await listVerdicts(api, tenant, 'hosting')) ?? [];
  if (!stored) return undefined;
  const { letterDocumentId: _letter, computedAt: _computed, ...verdict } = stored;
  return verdict;
}

/** What `notice-check check agreement.pdf scan.pdf` says, as the API would return it. */
async function cliVerdict(scan: string): Promise<Verdict> {
  const letter = await readDocumentFile(path(`test/fixtures/scans/${scan}`));
  return JSON.parse(JSON.stringify(checkLetter(agreementDoc, letter, { defaultZone: aws.config.defaultZone }).verdict)) as Verdict;
}

describe('a scanned letter uploaded through the pipeline', () => {
  it('the clean scan is read by OCR at ingest and gets the clean text’s verdict', { timeout: 90_000 }, async () => {
    const verdict = await ingestScan('scan-clean', 'suspension-scan.pdf', 'agreement-first');
    expect(verdict).toEqual(await cliVerdict('suspension-scan.pdf'));
    expect(verdict?.status).toBe(cleanVerdict.status);
    expect(verdict?.noticeGivenAt).toBe(cleanVerdict.noticeGivenAt);
    expect(verdict?.effectiveAt).toBe(cleanVerdict.effectiveAt);
  });

  it('the fax, judged when its agreement arrives later, is NEEDS_REVIEW naming the doubtful words, as on the command line', {
    timeout: 90_000,
  }, async () => {
    const verdict = await ingestScan('scan-fax', 'suspension-fax.pdf', 'letter-first');
    const cli = await cliVerdict('suspension-fax.pdf');
    expect(verdict?.status).toBe('NEEDS_REVIEW');
    expect(verdict?.reviewReasons?.some((reason) => /^'.+' was read with \d+% confidence$/.test(reason))).toBe(true);
    expect(verdict).toEqual(cli);
  });

  it('a scan that cannot be read in the time left is stored FAILED with TIMEOUT, not retried forever', { timeout: 30_000 }, async () => {
    const hurried = ingestDeps(
      aws.config,
      systemClock,
      realDomain(),
      boundedOcr(ocr, () => 12_000),
    );
    const letterKey = key('scan-late', 'letter', 'l1', 'scanned notice.pdf');
    await aws.upload(letterKey, new Uint8Array(readFileSync(path('test/fixtures/scans/suspension-scan.pdf'))), 'application/pdf');
    expect(await ingestObject(hurried, { key: letterKey })).toEqual({ outcome: 'failed', documentId: 'l1', errorCode: 'TIMEOUT' });
    const contract = await getContract(api, 'scan-late', 'hosting');
    expect(contract?.documents).toEqual([expect.objectContaining({ documentId: 'l1', status: 'FAILED', errorCode: 'TIMEOUT' })]);
    expect(await ingestObject(hurried, { key: letterKey })).toEqual({ outcome: 'duplicate', documentId: 'l1' });
  });
});
