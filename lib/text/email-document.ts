import type { EmailEnvelope, ExtractedText, OcrReading } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { type AttachedLetterOptions, attachedLetter, type MessageReader } from './email-attached-message.ts';
import { emailDateWithOffset } from './email-date.ts';
import { findForwarded } from './email-forward.ts';

/** An email as both parsers (.eml and .msg) hand it over. */
export interface EmailMessage {
  from: string | null;
  to: string[];
  cc: string[];
  /** The Date header value as written. */
  date: string | null;
  /** The sent instant with offset when the parser knows it better than the header (Outlook's submit time). */
  sentAt?: string | null;
  subject: string | null;
  /** The body as plain text (HTML already turned into text). */
  body: string;
  attachments: EmailAttachment[];
  /**
   * A delivery or read report (a bounce, multipart/report; Outlook's REPORT.* classes): the message it
   * attaches is the one reported on, not one forwarded, and was not delivered as the report says.
   */
  isReport?: boolean;
}

export interface EmailAttachment {
  fileName: string;
  contentType: string | null;
  bytes: Uint8Array;
}

/** Reads an attachment that is itself a document; returns null for files that are not letters or agreements. */
export type AttachmentReader = (attachment: EmailAttachment) => Promise<ExtractedText | null>;

const headerBlock = (m: { from: string | null; to: string[]; cc: string[]; date: string | null; subject: string | null }): string =>
  [
    m.from ? `From: ${m.from}` : null,
    m.to.length > 0 ? `To: ${m.to.join(', ')}` : null,
    m.cc.length > 0 ? `Cc: ${m.cc.join(', ')}` : null,
    m.date ? `Date: ${m.date}` : null,
    m.subject ? `Subject: ${m.subject}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');

/**
 * An email's own envelope: its From, To, Cc and Subject, and the sent instant from its Date header (or the
 * parser's sent time when the header is unreadable).
 * @example ownEnvelope({ from: 'a@x.example', to: [], cc: [], date: 'Sat, 9 Jan 2021 18:07:00 -0800', subject: 'Notice', body: '', attachments: [] }).sentAt
 * // '2021-01-09T18:07:00-08:00'
 */
export const ownEnvelope = (message: EmailMessage): EmailEnvelope => ({
  from: message.from,
  to: message.to,
  cc: message.cc,
  sentAt: emailDateWithOffset(message.date) ?? message.sentAt ?? null,
  subject: message.subject,
});

/**
 * The letter an email's body holds, and its envelope: for an inline forward the original message (its header
 * lines as the forwarding client printed them, then its body) with the original's envelope; otherwise the
 * email's header lines and body with its own envelope. `forwarded` says which; `printedDate` is the original's
 * date as the client printed it (often with no zone, when `envelope.sentAt` is null).
 * @example letterOf({ from: 'Tomas <t@k.example>', to: [], cc: [], date: null, subject: 'Fwd: Notice', body: '---------- Forwarded message ---------\nFrom: Ana <a@x.example>\nDate: Sat, Jan 9, 2021 at 6:07 PM\n\nWe terminate.', attachments: [] }).envelope.from
 * // 'Ana <a@x.example>'
 */
export function letterOf(message: EmailMessage): { text: string; envelope: EmailEnvelope; forwarded: boolean; printedDate: string | null } {
  const body = message.body.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const forwarded = findForwarded(body, message.subject);
  if (!forwarded)
    return { text: `${headerBlock(message)}\n\n${body.trim()}`, envelope: ownEnvelope(message), forwarded: false, printedDate: null };
  const original = forwarded.headers;
  return {
    text: body.slice(forwarded.start).trimEnd(),
    envelope: {
      from: original.from,
      to: original.to,
      cc: original.cc,
      sentAt: emailDateWithOffset(original.date),
      subject: original.subject,
    },
    forwarded: true,
    printedDate: original.date,
  };
}

/** A scanned attachment's OCR words, moved to where the attachment sits in the email's text. */
function mergeOcr(into: OcrReading | undefined, add: OcrReading, shift: number): OcrReading {
  const words = [...(into?.words ?? []), ...add.words.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }))];
  const meanConfidence = words.length === 0 ? add.meanConfidence : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return { engine: add.engine, meanConfidence, words };
}

/** Attachments that can hold a letter or an agreement; images and signatures are left out. */
const DOCUMENT_ATTACHMENT = /\.(?:pdf|docx|txt)$/i;

/**
 * Turns an email into the document that is analysed: the header lines (From, To, Cc, Date, Subject) then the
 * body, then each attached PDF or .docx as further pages. A forwarded email becomes the original message
 * (its header lines as the forwarding client printed them, then its body), with the original's envelope; one
 * forwarded as an attachment is turned into the attached message before it comes here (attachedLetter).
 * @example (await emailDocument({ from: 'a@x.example', to: ['b@y.example'], cc: [], date: 'Sat, 9 Jan 2021 18:07:00 -0800', subject: 'Notice', body: 'We terminate.', attachments: [] }, 'eml', async () => null)).envelope?.sentAt
 * // '2021-01-09T18:07:00-08:00'
 */
export async function emailDocument(
  message: EmailMessage,
  format: 'eml' | 'msg',
  readAttachment: AttachmentReader,
): Promise<ExtractedText> {
  const letter = letterOf(message);
  let text = letter.text;
  const pageStarts = [0];
  let ocr: OcrReading | undefined;
  for (const attachment of message.attachments) {
    if (!DOCUMENT_ATTACHMENT.test(attachment.fileName)) continue;
    const doc = await readAttachment(attachment);
    if (!doc || doc.text.trim() === '') continue;
    const prefix = `\n\nAttachment: ${attachment.fileName}\n\n`;
    const base = text.length + prefix.length;
    pageStarts.push(...doc.pageStarts.map((start, index) => (index === 0 ? text.length : base + start)));
    if (doc.ocr) ocr = mergeOcr(ocr, doc.ocr, base);
    text += prefix + doc.text;
  }
  return { text, pages: pageStarts.length, pageStarts, format, envelope: letter.envelope, ...(ocr ? { ocr } : {}) };
}

/**
 * An email, parsed from either format, read as the document to judge: the message it forwards as an attachment,
 * if it forwards one (attachedLetter), with its attached documents (emailDocument). Throws NO_TEXT when neither
 * its body nor its attachments hold text, TOO_COMPLEX when attached messages nest too deep.
 * @example (await readEmailMessage(await parseEml(bytes), 'eml', { fileName: 'notice.eml', maxBytes: 1e8 }, readAttachment, readMessage)).format // 'eml'
 */
export async function readEmailMessage(
  email: EmailMessage,
  format: 'eml' | 'msg',
  options: AttachedLetterOptions,
  readAttachment: AttachmentReader,
  readMessage: MessageReader,
): Promise<ExtractedText> {
  const doc = await emailDocument(await attachedLetter(email, readMessage, options), format, readAttachment);
  assertHasText(doc, options.fileName);
  return doc;
}

/** An email whose body and attachments hold no text gives nothing to judge. */
function assertHasText(doc: ExtractedText, fileName: string): void {
  const withoutHeaders = doc.text.replace(/^(?:From|To|Cc|Date|Subject):.*$/gm, '').trim();
  if (withoutHeaders === '') {
    throw new NoticeCheckError('NO_TEXT', `${fileName} is an email with no text in its body and no readable attachment.`);
  }
}
