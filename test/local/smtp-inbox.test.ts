import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseObjectKey } from '../../lib/app/object-key.ts';
import { localMailDelivery } from '../../lib/local/inbound-delivery.ts';
import { type SmtpInbox, startSmtpInbox } from '../../lib/local/smtp-inbox.ts';
import { fakeContracts, memoryMailStore } from '../inbound/fakes.ts';

/** A plain SMTP client dialogue, as `curl smtp://…` or any mail client speaks it. */
async function sendMail(port: number, from: string, to: string[], message: string): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  const next = (): Promise<string> =>
    new Promise((resolve) => {
      const check = () => {
        const line = /^(\d{3}) .*\r\n/m.exec(buffer);
        if (!line) {
          socket.once('data', (data) => {
            buffer += data.toString();
            check();
          });
          return;
        }
        buffer = buffer.slice((line.index ?? 0) + line[0].length);
        replies.push(line[0].trim());
        resolve(line[1] ?? '');
      };
      check();
    });
  await next();
  for (const command of ['EHLO test', `MAIL FROM:<${from}>`, ...to.map((r) => `RCPT TO:<${r}>`), 'DATA']) {
    socket.write(`${command}\r\n`);
    await next();
  }
  socket.write(`${message.replace(/\r?\n/g, '\r\n')}\r\n.\r\n`);
  await next();
  socket.end('QUIT\r\n');
  return replies;
}

const MESSAGE = `From: Ana <ana@stratoshelf.example>
To: notices+c-hosting@inbound.localhost
Date: Sat, 9 Jan 2021 18:07:12 -0800
Subject: Notice of Suspension
Message-ID: <1@stratoshelf.example>

Your account will be suspended effective Sunday, January 10, 2021, 11:59 PM PST.`;

let inbox: SmtpInbox | null = null;
afterEach(async () => {
  await inbox?.stop();
  inbox = null;
});

const mailboxes = { contract: 'notices+c-hosting@inbound.localhost', unknown: 'notices+c-typo@inbound.localhost' };

/** The local stack's wiring: the inbox delivers through the routing SES mail gets, to the one contract that exists. */
async function startRoutedInbox() {
  const store = memoryMailStore();
  let id = 0;
  const deliver = localMailDelivery({
    contracts: fakeContracts([{ tenantId: 'demo', contractId: 'c-hosting' }]),
    mail: store,
    tenant: 'demo',
    log: () => undefined,
    newId: () => `m${++id}`,
  });
  inbox = await startSmtpInbox({ port: 0, maxBytes: 1_000_000, log: () => undefined, deliver });
  return { store, port: inbox.port };
}

describe('local SMTP inbox', () => {
  it('hands each message to its delivery with the envelope recipients, Bcc included, and accepts it once delivered', async () => {
    const received: { text: string; recipients: string[] }[] = [];
    inbox = await startSmtpInbox({
      port: 0,
      maxBytes: 1_000_000,
      log: () => undefined,
      deliver: async (bytes, recipients) => void received.push({ text: new TextDecoder().decode(bytes), recipients }),
    });
    const replies = await sendMail(inbox.port, 'ana@stratoshelf.example', [mailboxes.contract, 'counsel@kestrel.example'], MESSAGE);
    expect(replies.at(-1)).toMatch(/^250/);
    expect(received).toHaveLength(1);
    expect(received[0]?.recipients).toEqual([mailboxes.contract, 'counsel@kestrel.example']);
    expect(received[0]?.text).toContain('Date: Sat, 9 Jan 2021 18:07:12 -0800');
  });

  it('refuses a message whose delivery failed, so the sender knows it was not kept', async () => {
    inbox = await startSmtpInbox({
      port: 0,
      maxBytes: 1_000_000,
      log: () => undefined,
      deliver: async () => {
        throw new Error('storage is down');
      },
    });
    const replies = await sendMail(inbox.port, 'ana@stratoshelf.example', [mailboxes.contract], MESSAGE);
    expect(replies.at(-1)).toMatch(/^[45]\d\d/);
  });

  it('mail for notices+<contractId> of an existing contract becomes its letter, where ingest picks it up', async () => {
    const { store, port } = await startRoutedInbox();
    expect((await sendMail(port, 'ana@stratoshelf.example', [mailboxes.contract], MESSAGE)).at(-1)).toMatch(/^250/);
    const keys = [...store.objects.keys()];
    expect(keys).toHaveLength(1);
    expect(parseObjectKey(keys[0] ?? '')).toMatchObject({ tenantId: 'demo', contractId: 'c-hosting', kind: 'letter' });
  });

  it.each([
    ['a contract that does not exist', mailboxes.unknown],
    ['no contract', 'notices@inbound.localhost'],
    ['a tag that is not a valid id, never a path', 'notices+c/x@inbound.localhost'],
  ])('mail naming %s is the tenant’s unmatched mail, and no contract is made up', async (_case, recipient) => {
    const { store, port } = await startRoutedInbox();
    expect((await sendMail(port, 'ana@stratoshelf.example', [recipient], MESSAGE)).at(-1)).toMatch(/^250/);
    const keys = [...store.objects.keys()];
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^tenants\/demo\/unmatched\/[^/]+\/notice\.eml$/);
    expect(parseObjectKey(keys[0] ?? '')).toBeNull();
  });
});
