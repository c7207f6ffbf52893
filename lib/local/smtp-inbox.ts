/**
 * The local stand-in for inbound email (SES receipt rules on AWS): an SMTP endpoint on 127.0.0.1 that
 * stores each message for `notices+<contractId>@…` as a letter of that contract, under the tenant's prefix
 * in the documents bucket, so the ordinary ingest path reads and judges it. Mail whose address names no
 * contract is stored under the tenant's `unmatched/` prefix, which ingest does not pick up.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { isValidId } from '../adapters/keys.ts';
import { buildObjectKey } from '../app/object-key.ts';

/** What the web app shows as a contract's notices address here: any domain reaches this inbox, this one reads clearly. */
export const LOCAL_INBOUND_ADDRESS = 'notices+{contractId}@inbound.localhost';

export interface MailStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

export interface SmtpInboxOptions {
  /** 0 picks a free port. */
  port: number;
  tenant: string;
  store: MailStore;
  /** Largest message accepted; a notice with a scanned attachment fits in the upload limit. */
  maxBytes: number;
  log(line: string): void;
  newId?: () => string;
}

export interface SmtpInbox {
  port: number;
  stop(): Promise<void>;
}

/**
 * Where a message sent to `recipient` is stored: the contract it names with a "+" tag, else unmatched.
 * @example inboxKey('notices+c-123@inbound.localhost', 'demo', 'd1') // 'tenants/demo/contracts/c-123/letter/d1/notice.eml'
 * @example inboxKey('notices@inbound.localhost', 'demo', 'd1') // 'tenants/demo/unmatched/d1/notice.eml'
 */
export function inboxKey(recipient: string, tenant: string, documentId: string): string {
  const local = recipient.split('@')[0] ?? '';
  const contractId = /^[^+]+\+(.+)$/.exec(local)?.[1] ?? null;
  if (contractId && isValidId(contractId))
    return buildObjectKey({ tenantId: tenant, contractId, kind: 'letter', documentId, fileName: 'notice.eml' });
  return `tenants/${tenant}/unmatched/${documentId}/notice.eml`;
}

/**
 * Starts the local SMTP endpoint (no authentication, no TLS: it listens on the loopback interface only).
 * @example const inbox = await startSmtpInbox({ port: 2525, tenant: 'demo', store, maxBytes: 25e6, log: console.log })
 */
export async function startSmtpInbox(options: SmtpInboxOptions): Promise<SmtpInbox> {
  const newId = options.newId ?? randomUUID;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    banner: 'contract-notice-checker local inbox',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          return;
        }
        const bytes = new Uint8Array(Buffer.concat(chunks));
        const keys = [...new Set(session.envelope.rcptTo.map((r) => inboxKey(r.address, options.tenant, newId())))];
        Promise.all(keys.map((key) => options.store.put(key, bytes, 'message/rfc822'))).then(
          () => {
            for (const key of keys) options.log(`[smtp] stored ${key}`);
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => options.log(`[smtp] ${error.message}`));
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return { port: address.port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
