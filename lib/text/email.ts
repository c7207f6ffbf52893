import { type AddressObject, simpleParser } from 'mailparser';
import type { ExtractedText } from '../domain/types.ts';
import type { AttachedLetterOptions, MessageReader } from './email-attached-message.ts';
import { type AttachmentReader, type EmailMessage, readEmailMessage } from './email-document.ts';
import { htmlToPlainText } from './email-html.ts';

type Addresses = AddressObject | AddressObject[] | undefined;

/** Addresses as people write them: "Ana Ruiz <ana@x.example>", or the bare address. */
export function addressList(value: Addresses): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects
    .flatMap((object) =>
      object.value.flatMap((entry) => {
        const members = entry.group ?? [entry];
        return members.map((member) =>
          member.name && member.address ? `${member.name} <${member.address}>` : (member.address ?? member.name ?? ''),
        );
      }),
    )
    .filter((address) => address !== '');
}

/** The raw value of a header line (mailparser turns Date into a Date object, which loses the sender's offset). */
const rawHeader = (lines: readonly { key: string; line: string }[], key: string): string | null => {
  const line = lines.find((l) => l.key === key)?.line;
  return line
    ? line
        .slice(line.indexOf(':') + 1)
        .replace(/\s+/g, ' ')
        .trim()
    : null;
};

/** mailparser gives Content-Type as { value, params }. */
const contentTypeOf = (header: unknown): string =>
  typeof header === 'object' && header !== null && 'value' in header ? String(header.value).toLowerCase() : '';

/**
 * Parses an RFC 5322 / MIME email (.eml) with mailparser into its headers, its body as text (the text part, or
 * the HTML part turned into text) and its attachments. An attached message (message/rfc822, inline or not) is
 * kept whole as an attachment, for the forward-as-attachment rules to open.
 * @example (await parseEml(bytes)).from // 'Ana Ruiz <ana@stratoshelf.example>'
 */
export async function parseEml(bytes: Uint8Array): Promise<EmailMessage> {
  return (await parseEmlWithHeaders(bytes)).message;
}

/** A header line as mailparser keeps it: the lower-case name and the whole line as written. */
export interface HeaderLine {
  key: string;
  line: string;
}

/**
 * parseEml, with the header lines as written too (for the envelope recipients receiving servers record).
 * @example (await parseEmlWithHeaders(bytes)).headerLines.find((l) => l.key === 'delivered-to')?.line
 * // 'Delivered-To: notices+acme.c-1@inbound.example.com'
 */
export async function parseEmlWithHeaders(bytes: Uint8Array): Promise<{ message: EmailMessage; headerLines: readonly HeaderLine[] }> {
  const parsed = await simpleParser(Buffer.from(bytes), {
    skipHtmlToText: true,
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    ignoreEmbedded: true,
  });
  const body = parsed.text?.trim() ? parsed.text : parsed.html ? await htmlToPlainText(parsed.html) : '';
  const message: EmailMessage = {
    from: addressList(parsed.from)[0] ?? null,
    to: addressList(parsed.to),
    cc: addressList(parsed.cc),
    date: rawHeader(parsed.headerLines, 'date'),
    subject: parsed.subject ?? null,
    body,
    isReport: contentTypeOf(parsed.headers.get('content-type')) === 'multipart/report',
    attachments: parsed.attachments.map((a) => ({
      fileName: a.filename ?? 'attachment',
      contentType: a.contentType ?? null,
      bytes: new Uint8Array(a.content),
    })),
  };
  return { message, headerLines: parsed.headerLines };
}

/**
 * Reads an email (.eml): the body is the letter, the headers are its envelope, attached PDFs and .docx files
 * are read with `readAttachment`, a message forwarded as an attachment with `readMessage`.
 * Throws NO_TEXT when the message has neither a body nor a readable attachment, TOO_COMPLEX when attached
 * messages nest too deep.
 * @example (await readEml(bytes, 'notice.eml', readAttachment)).envelope?.from // 'Ana Ruiz <ana@stratoshelf.example>'
 */
export async function readEml(
  bytes: Uint8Array,
  fileName: string,
  readAttachment: AttachmentReader,
  readMessage: MessageReader,
  limits: Pick<AttachedLetterOptions, 'maxBytes'>,
): Promise<ExtractedText> {
  return readEmailMessage(await parseEml(bytes), 'eml', { fileName, ...limits }, readAttachment, readMessage);
}
