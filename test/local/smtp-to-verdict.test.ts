/**
 * The local stack's inbox end to end, with the real handlers: a notice mailed to a contract's notices
 * address becomes that contract's letter and is judged by its Date header; mail to an address naming no
 * existing contract waits under Unmatched mail and makes up no contract.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../lib/local/api-client.ts';
import { type LocalStack, startLocalStack } from '../../lib/local/stack.ts';
import { emailFixturePath, examplePath } from '../text/email/email-fixture-files.ts';

let dataRoot: string;
let stack: LocalStack;
let api: ApiClient;

beforeAll(async () => {
  dataRoot = await mkdtemp(join(tmpdir(), 'smtp-to-verdict-'));
  stack = await startLocalStack({ dataRoot, port: 0, alertIntervalMs: null, log: () => undefined });
  api = new ApiClient(stack.apiUrl, stack.token);
  await api.upload('hosting', {
    kind: 'agreement',
    file: examplePath('hosting-suspension/agreement.txt'),
    fileName: 'agreement.txt',
    contentType: 'text/plain',
  });
  await stack.ingestSettled();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
});

async function send(to: string): Promise<void> {
  const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({
      envelope: { from: 'abuse@stratoshelf.example', to: [to] },
      raw: readFileSync(emailFixturePath('gmail-suspension.eml')),
    });
  } finally {
    transport.close();
  }
  await stack.ingestSettled();
}

describe('mail to the local SMTP inbox', () => {
  it('to notices+<contractId>@ is a letter of that contract, judged by its Date header', { timeout: 60_000 }, async () => {
    await send('notices+hosting@inbound.localhost');
    const verdicts = await api.verdicts('hosting');
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]?.status).toBe('CONDITIONAL');
    expect(verdicts[0]?.noticeGivenAt).toBe('2021-01-09T18:08:00-08:00');
  });

  it('to an address naming no existing contract waits under Unmatched mail, and no contract is made up', { timeout: 60_000 }, async () => {
    await send('notices+hostign@inbound.localhost');
    const unmatched = (await api.call('GET', '/mail/unmatched')) as { items: { subject: string | null }[] };
    expect(unmatched.items.map((item) => item.subject)).toEqual(['Notice of Suspension - Account KA-20417']);
    const contracts = (await api.call('GET', '/contracts')) as { items: { contractId: string }[] };
    expect(contracts.items.map((c) => c.contractId)).toEqual(['hosting']);
  });
});
