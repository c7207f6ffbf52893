import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import type { ExtractedText } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { emailDateWithOffset, isoAtOffset } from './email-date.ts';
import type { AttachedLetterOptions, MessageReader } from './email-attached-message.ts';
import { type AttachmentReader, type EmailAttachment, type EmailMessage, readEmailMessage } from './email-document.ts';
import { htmlToPlainText } from './email-html.ts';

// A CommonJS package: Node's ESM loader hands over the module object, bundlers may hand over the class itself.
const MsgReader: typeof msgreader.default =
  (msgreader as { default?: typeof msgreader.default }).default ?? (msgreader as unknown as typeof msgreader.default);

const person = (name: string | undefined, address: string | undefined): string | null =>
  name && address && name !== address ? `${name} <${address}>` : (address ?? name ?? null);

/** The Date line of the transport headers Outlook keeps for received mail: the sender's own offset. */
const transportDate = (headers: string | undefined): string | null => {
  const m = /^Date:[ \t]*(.+(?:\r?\n[ \t]+.+)*)$/im.exec(headers ?? '');
  return m?.[1] ? m[1].replace(/\s+/g, ' ').trim() : null;
};

async function bodyOf(fields: FieldsData): Promise<string> {
  if (fields.body?.trim()) return fields.body;
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder().decode(fields.html) : '');
  return html ? htmlToPlainText(html) : '';
}

const unreadable = (fileName: string, cause?: unknown): NoticeCheckError =>
  new NoticeCheckError(
    'UNSUPPORTED_TYPE',
    `${fileName} is not a readable Outlook message (.msg). Save it again from Outlook, or forward it as .eml.`,
    cause === undefined ? {} : { cause },
  );

type MsgAttachment = NonNullable<FieldsData['attachments']>[number];

/**
 * One attachment's bytes. msgreader writes an embedded message out as a .msg file of its own; one it cannot
 * write out is left out, as it was before attached messages were read, rather than failing the email.
 */
function embeddedOrFile(reader: InstanceType<typeof MsgReader>, attachment: MsgAttachment): EmailAttachment | null {
  if (!attachment.innerMsgContent) {
    const data = reader.getAttachment(attachment);
    return { fileName: data.fileName, contentType: attachment.attachMimeTag ?? null, bytes: data.content };
  }
  try {
    return {
      fileName: `${attachment.innerMsgContentFields?.subject || attachment.name || 'message'}.msg`,
      contentType: 'application/vnd.ms-outlook',
      bytes: reader.getAttachment(attachment).content,
    };
  } catch {
    return null;
  }
}

/**
 * Parses an Outlook message (.msg, a compound file of MAPI properties) with @kenjiuno/msgreader into its
 * headers, body and attachments. The sent instant comes from the transport headers' Date line where Outlook
 * kept them (received mail), else from the submit time, which Outlook stores in UTC without the sender's zone.
 * An embedded message (Outlook's "Forward as attachment") is kept as an attached .msg of its own.
 * Throws UNSUPPORTED_TYPE when the file is not a readable message.
 * @example (await parseMsg(bytes, 'notice.msg')).sentAt // '2021-01-10T02:07:12+00:00'
 */
export async function parseMsg(bytes: Uint8Array, fileName: string): Promise<EmailMessage> {
  let reader: InstanceType<typeof MsgReader>;
  let fields: FieldsData;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    fields = reader.getFileData();
  } catch (cause) {
    throw unreadable(fileName, cause);
  }
  const empty = !fields.subject && !fields.body && !fields.bodyHtml && !fields.html && !fields.senderEmail && !fields.recipients?.length;
  if (fields.error || fields.dataType !== 'msg' || empty) throw unreadable(fileName);
  const recipients = fields.recipients ?? [];
  const addressesOf = (type: 'to' | 'cc'): string[] =>
    recipients
      .filter((r) => (r.recipType ?? 'to') === type)
      .map((r) => person(r.name, r.smtpAddress ?? r.email))
      .filter((a): a is string => a !== null);
  const headerDate = transportDate(fields.headers);
  const submitted = fields.clientSubmitTime ? Date.parse(fields.clientSubmitTime) : Number.NaN;
  const attachments: EmailAttachment[] = [];
  for (const attachment of fields.attachments ?? []) {
    const read = embeddedOrFile(reader, attachment);
    if (read) attachments.push(read);
  }
  return {
    from: person(fields.senderName, fields.senderSmtpAddress ?? fields.senderEmail),
    to: addressesOf('to'),
    cc: addressesOf('cc'),
    date: headerDate ?? (Number.isNaN(submitted) ? null : new Date(submitted).toUTCString()),
    sentAt: emailDateWithOffset(headerDate) ?? (Number.isNaN(submitted) ? null : isoAtOffset(submitted, 0)),
    subject: fields.subject ?? null,
    body: await bodyOf(fields),
    isReport: /^REPORT\./i.test(fields.messageClass ?? ''),
    attachments,
  };
}

/**
 * Reads an Outlook message (.msg) as an email document: see parseMsg for what is read, emailDocument for how.
 * Throws UNSUPPORTED_TYPE when the file is not a readable message, NO_TEXT when it holds no text, TOO_COMPLEX
 * when attached messages nest too deep.
 * @example (await readMsg(bytes, 'notice.msg', readAttachment)).format // 'msg'
 */
export async function readMsg(
  bytes: Uint8Array,
  fileName: string,
  readAttachment: AttachmentReader,
  readMessage: MessageReader,
  limits: Pick<AttachedLetterOptions, 'maxBytes'>,
): Promise<ExtractedText> {
  return readEmailMessage(await parseMsg(bytes, fileName), 'msg', { fileName, ...limits }, readAttachment, readMessage);
}
