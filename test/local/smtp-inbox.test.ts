import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseObjectKey } from '../../lib/app/object-key.ts';
import { inboxKey, type SmtpInbox, startSmtpInbox } from '../../lib/local/smtp-inbox.ts';

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

describe('local SMTP inbox', () => {
  it('stores mail for notices+<contractId> as a letter of that contract, where ingest picks it up', async () => {
    const stored: { key: string; text: string; contentType: string }[] = [];
    let id = 0;
    inbox = await startSmtpInbox({
      port: 0,
      tenant: 'demo',
      maxBytes: 1_000_000,
      log: () => undefined,
      newId: () => `d${++id}`,
      store: { put: async (key, bytes, contentType) => void stored.push({ key, text: new TextDecoder().decode(bytes), contentType }) },
    });
    const replies = await sendMail(inbox.port, 'ana@stratoshelf.example', ['notices+c-hosting@inbound.localhost'], MESSAGE);
    expect(replies.at(-1)).toMatch(/^250/);
    expect(stored).toHaveLength(1);
    expect(parseObjectKey(stored[0]?.key ?? '')).toMatchObject({ tenantId: 'demo', contractId: 'c-hosting', kind: 'letter' });
    expect(stored[0]?.contentType).toBe('message/rfc822');
    expect(stored[0]?.text).toContain('Date: Sat, 9 Jan 2021 18:07:12 -0800');
  });

  it('mail naming no contract is stored as unmatched, outside the ingest layout', () => {
    const key = inboxKey('notices@inbound.localhost', 'demo', 'd9');
    expect(key).toBe('tenants/demo/unmatched/d9/notice.eml');
    expect(parseObjectKey(key)).toBeNull();
  });

  it('a contract tag that is not a valid id is unmatched, never a path', () => {
    expect(inboxKey('notices+../../x@inbound.localhost', 'demo', 'd1')).toBe('tenants/demo/unmatched/d1/notice.eml');
  });
});
