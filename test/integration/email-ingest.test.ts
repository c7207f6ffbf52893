/** An emailed notice through the ingest pipeline: stored, read with its envelope, judged as the CLI judges it. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDeps, type ApiDeps } from '../../lib/adapters/deps.ts';
import { ingestDeps } from '../../lib/adapters/ingest-deps.ts';
import { checkLetter } from '../../lib/app/check-letter.ts';
import { listVerdicts } from '../../lib/app/contract-queries.ts';
import { type IngestDeps, ingestObject } from '../../lib/app/ingest-object.ts';
import { extractText } from '../../lib/text/extract-text.ts';
import { type LocalAws, startLocalAws } from '../support/local-aws.ts';
import { emailFixturePath, examplePath } from '../text/email/email-fixture-files.ts';

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

describe('an emailed notice through ingest', () => {
  it('is judged by its Date header, exactly as notice-check check judges the .eml', async () => {
    const agreement = readFileSync(examplePath('hosting-suspension/agreement.txt'));
    const email = readFileSync(emailFixturePath('gmail-suspension.eml'));
    await aws.upload('tenants/mail/contracts/hosting/agreement/a1/agreement.txt', agreement.toString('utf8'));
    await aws.upload('tenants/mail/contracts/hosting/letter/l1/notice.eml', new Uint8Array(email), 'message/rfc822');
    expect(await ingestObject(ingest, { key: 'tenants/mail/contracts/hosting/agreement/a1/agreement.txt' })).toMatchObject({
      outcome: 'processed',
    });
    expect(await ingestObject(ingest, { key: 'tenants/mail/contracts/hosting/letter/l1/notice.eml' })).toMatchObject({
      outcome: 'processed',
    });
    const [stored] = (await listVerdicts(api, 'mail', 'hosting')) ?? [];
    const cli = checkLetter(
      await extractText(new Uint8Array(agreement), { fileName: 'agreement.txt' }),
      await extractText(new Uint8Array(email), { fileName: 'notice.eml' }),
      { defaultZone: aws.config.defaultZone },
    ).verdict;
    expect(stored?.noticeGivenAt).toBe('2021-01-09T18:08:00-08:00');
    expect(stored?.status).toBe(cli.status);
    expect(stored?.noticeGivenAt).toBe(cli.noticeGivenAt);
  });
});
