/**
 * The local stand-in for inbound email (SES receipt rules on AWS): an SMTP endpoint on 127.0.0.1 that hands
 * each message, with the recipients its envelope names, to a delivery — in the local stack the same routing
 * SES mail gets (lib/app/inbound-mail.ts): a letter of the contract `notices+<contractId>@…` names when that
 * contract exists, else the tenant's unmatched mail.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** What the web app shows as a contract's notices address here: any domain reaches this inbox, this one reads clearly. */
export const LOCAL_INBOUND_ADDRESS = 'notices+{contractId}@inbound.localhost';

/** Takes one received message and the envelope's recipients (RCPT TO, so Bcc recipients count too). */
export type MailDelivery = (bytes: Uint8Array, recipients: string[]) => Promise<void>;

export interface SmtpInboxOptions {
  /** 0 picks a free port. */
  port: number;
  deliver: MailDelivery;
  /** Largest message accepted; a notice with a scanned attachment fits in the upload limit. */
  maxBytes: number;
  log(line: string): void;
}

export interface SmtpInbox {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts the local SMTP endpoint (no authentication, no TLS: it listens on the loopback interface only). A
 * message is accepted (250) only once its delivery has finished; a delivery that fails is refused, so the
 * sender knows.
 * @example const inbox = await startSmtpInbox({ port: 2525, deliver, maxBytes: 25e6, log: console.log })
 */
export async function startSmtpInbox(options: SmtpInboxOptions): Promise<SmtpInbox> {
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
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        options.deliver(new Uint8Array(Buffer.concat(chunks)), recipients).then(
          () => callback(),
          (error: unknown) => {
            options.log(`[smtp] delivery failed: ${error instanceof Error ? error.message : String(error)}`);
            callback(error instanceof Error ? error : new Error(String(error)));
          },
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
