/**
 * What an inbound message says about itself before it is judged: who sent it to whom, its subject and the
 * sending instant (Date header, with the sender's offset), and the addresses it was delivered to. A notice
 * forwarded inline or as an attachment is described by the original message, as the verdict will judge it,
 * with the forwarder beside it; the addresses it was delivered to stay the forwarding email's own.
 */
import { type HeaderLine, parseEmlWithHeaders } from '../text/email.ts';
import type { EmailMessage } from '../text/email-document.ts';
import { letterEnvelope } from '../text/email-letter-envelope.ts';
import { DEFAULT_PARSE_LIMITS } from '../text/parse-limits.ts';

export interface MailSummary {
  /** The letter's sender: the original message's when the mail forwards one. */
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  /** The letter's Date with its sender's offset, e.g. 2021-01-09T18:07:00-08:00; null when absent or unreadable. */
  date: string | null;
  /** The forwarding email's own sender, recipients and date when the mail forwards a letter; else null. */
  forwardedBy: { from: string | null; to: string[]; cc: string[]; date: string | null } | null;
  /**
   * The original's date as an inline forward printed it, when that gives no zone (`date` is then null): Gmail
   * and Outlook print "Sat, Jan 9, 2021 at 6:07 PM". Null otherwise.
   */
  printedDate: string | null;
  /**
   * Addresses the message was delivered to, as far as its headers tell: To and Cc, and the envelope
   * recipients receiving servers record (Delivered-To, X-Original-To, and the "for <…>" of Received lines),
   * which also name a Bcc'd recipient. Always the delivered email's own, forward or not.
   */
  recipients: string[];
}

const bareAddress = (address: string): string => (/<([^>]*)>\s*$/.exec(address)?.[1] ?? address).trim();

const headerValues = (lines: readonly HeaderLine[], key: string): string[] =>
  lines
    .filter((l) => l.key === key)
    .map((l) =>
      l.line
        .slice(l.line.indexOf(':') + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );

/** The addresses the parsed email was delivered to (see MailSummary.recipients). */
function recipientsOf(message: EmailMessage, lines: readonly HeaderLine[]): string[] {
  const envelope = [
    ...headerValues(lines, 'delivered-to'),
    ...headerValues(lines, 'x-original-to'),
    ...headerValues(lines, 'received').flatMap((line) => [...line.matchAll(/\bfor\s+<?([^\s<>;]+@[^\s<>;]+)>?/gi)].map((m) => m[1] ?? '')),
  ];
  return [...new Set([...message.to, ...message.cc, ...envelope].map(bareAddress).filter((a) => a.includes('@')))];
}

/**
 * The addresses a message was delivered to, for routing: its own headers only, whatever it forwards (no
 * attached message is opened).
 * @example await mailRecipients(bytes) // ['notices+acme.c-1@inbound.example.com']
 */
export async function mailRecipients(bytes: Uint8Array): Promise<string[]> {
  const { message, headerLines } = await parseEmlWithHeaders(bytes);
  return recipientsOf(message, headerLines);
}

/**
 * @example (await summariseMail(bytes)).recipients // ['notices+acme.c-1@inbound.example.com']
 * @example (await summariseMail(forwardedNotice)).forwardedBy?.from // 'Tomas Lindqvist <tomas@kestrelanalytics.example>'
 */
export async function summariseMail(bytes: Uint8Array): Promise<MailSummary> {
  const { message, headerLines } = await parseEmlWithHeaders(bytes);
  const { letter, forwardedBy, printedDate } = await letterEnvelope(message, {
    fileName: 'notice.eml',
    maxBytes: DEFAULT_PARSE_LIMITS.maxDecodedBytes,
  });
  return {
    from: letter.from,
    to: letter.to,
    cc: letter.cc,
    subject: letter.subject,
    date: letter.sentAt,
    forwardedBy: forwardedBy && { from: forwardedBy.from, to: forwardedBy.to, cc: forwardedBy.cc, date: forwardedBy.sentAt },
    printedDate: letter.sentAt ? null : printedDate,
    recipients: recipientsOf(message, headerLines),
  };
}
