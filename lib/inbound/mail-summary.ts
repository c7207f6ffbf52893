/**
 * What an inbound message says about itself before it is judged: who sent it to whom, its subject and the
 * sending instant (Date header, with the sender's offset), and the addresses it was delivered to.
 */
import { simpleParser } from 'mailparser';
import { addressList } from '../text/email.ts';
import { emailDateWithOffset } from '../text/email-date.ts';

export interface MailSummary {
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  /** The Date header with the sender's offset, e.g. 2021-01-09T18:07:00-08:00; null when absent or unreadable. */
  date: string | null;
  /**
   * Addresses the message was delivered to, as far as its headers tell: To and Cc, and the envelope
   * recipients receiving servers record (Delivered-To, X-Original-To, and the "for <…>" of Received lines),
   * which also name a Bcc'd recipient.
   */
  recipients: string[];
}

const bareAddress = (address: string): string => (/<([^>]*)>\s*$/.exec(address)?.[1] ?? address).trim();

const headerValues = (lines: readonly { key: string; line: string }[], key: string): string[] =>
  lines
    .filter((l) => l.key === key)
    .map((l) =>
      l.line
        .slice(l.line.indexOf(':') + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );

/**
 * @example (await summariseMail(bytes)).recipients // ['notices+acme.c-1@inbound.example.com']
 */
export async function summariseMail(bytes: Uint8Array): Promise<MailSummary> {
  const parsed = await simpleParser(Buffer.from(bytes), {
    skipHtmlToText: true,
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  });
  const to = addressList(parsed.to);
  const cc = addressList(parsed.cc);
  const lines = parsed.headerLines;
  const envelope = [
    ...headerValues(lines, 'delivered-to'),
    ...headerValues(lines, 'x-original-to'),
    ...headerValues(lines, 'received').flatMap((line) => [...line.matchAll(/\bfor\s+<?([^\s<>;]+@[^\s<>;]+)>?/gi)].map((m) => m[1] ?? '')),
  ];
  const recipients = [...new Set([...to, ...cc, ...envelope].map(bareAddress).filter((a) => a.includes('@')))];
  const dateLine = headerValues(lines, 'date')[0];
  return {
    from: addressList(parsed.from)[0] ?? null,
    to,
    cc,
    subject: parsed.subject ?? null,
    date: emailDateWithOffset(dateLine),
    recipients,
  };
}
