/**
 * Emails forwarded as an attachment ("Forward as attachment" in Outlook, Gmail and Thunderbird): the notice is
 * the attached message, whole, with its own headers. As for an inline forward (email-forward.ts), it must be
 * judged by that original message — its sender, recipients and Date header — not by the forwarder's, and the
 * forwarder's note is dropped. The rules mirror the inline ones:
 * - a forward subject ("Fwd:", "FW:") is the client's forward action, like an explicit forward marker: the
 *   attached message is the letter whatever the note says;
 * - without one, the attached message is the letter only when the body is a cover note (empty, short, or one
 *   that points at the attachment) that gives no notice itself: a notice that attaches an earlier message as
 *   evidence is judged as itself, as a reply quoting an original is;
 * - a body that itself carries an inline forward is read by the inline rules;
 * - only one attached message with text can be the letter; with several the email is judged as itself;
 * - a bounce or read report is judged as itself: the message it attaches is the one it reports on.
 * The same rules apply again inside the chosen message, to a bounded depth.
 */
import { NoticeCheckError } from '../errors.ts';
import type { EmailAttachment, EmailMessage } from './email-document.ts';
import { FORWARD_SUBJECT, findForwarded } from './email-forward.ts';

/** Parses an attached message; null when it is not a readable message. */
export type MessageReader = (attachment: EmailAttachment) => Promise<EmailMessage | null>;

/** Messages forwarded inside forwarded messages: real chains stop at two; deeper is refused, not followed. */
export const MAX_ATTACHED_MESSAGE_DEPTH = 3;

/** More attached messages than this is a digest or an archive, not one forwarded notice: none is opened. */
const MAX_ATTACHED_MESSAGES = 10;

const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global', 'application/vnd.ms-outlook']);

/**
 * Whether an attachment is a whole message (a MIME message/rfc822 part, an Outlook embedded item, an attached
 * .eml or .msg file).
 * @example isAttachedMessage({ fileName: 'Notice.eml', contentType: 'message/rfc822', bytes: new Uint8Array() }) // true
 */
export const isAttachedMessage = (attachment: EmailAttachment): boolean =>
  MESSAGE_TYPES.has((attachment.contentType ?? '').toLowerCase()) || /\.(?:eml|msg)$/i.test(attachment.fileName);

/** Words that point at what is attached or forwarded ("see attached", "forwarding", "FYI", "below"). */
const POINTS_AT_ATTACHMENT =
  /\b(?:attach(?:ed|ment)|enclosed|forward(?:ing|ed)?|fyi|for your (?:information|records|reference|review)|for the (?:file|record)|see below)\b/i;
/** What only a notice says of itself: operative words, not a description of what is attached. */
const GIVES_NOTICE =
  /\b(?:hereby|this (?:e-?mail|letter|message) (?:is|constitutes|serves as|shall serve as) (?:our |formal |written )*notice)\b/i;
/** An empty, "thanks"-sized or signed two-line note. */
const SHORT_NOTE_WORDS = 40;
/** A note that points at the attachment may run longer: a greeting, a question, a signature, a disclaimer. */
const POINTING_NOTE_WORDS = 200;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * Whether an email's body is only a note covering what it carries: empty or short, or pointing at the
 * attachment, and giving no notice itself.
 * @example isCoverNote('Please see the attached notice we received.\n\nTomas') // true
 * @example isCoverNote('We hereby terminate the Agreement effective March 31, 2024. See attached.') // false
 */
export function isCoverNote(body: string): boolean {
  if (GIVES_NOTICE.test(body)) return false;
  const words = wordCount(body);
  return words <= SHORT_NOTE_WORDS || (words <= POINTING_NOTE_WORDS && POINTS_AT_ATTACHMENT.test(body));
}

/** Whether the email forwards what it attaches rather than speaking for itself. */
function forwardsAttachment(message: EmailMessage): boolean {
  if (message.isReport) return false;
  const body = message.body.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (findForwarded(body, message.subject) !== null) return false;
  return FORWARD_SUBJECT.test(message.subject ?? '') || isCoverNote(body);
}

/** A message with neither a body nor anything attached carries no letter. */
const hasContent = (message: EmailMessage): boolean => message.body.trim() !== '' || message.attachments.length > 0;

export interface AttachedLetterOptions {
  /** The uploaded file's name, for messages. */
  fileName: string;
  /**
   * What the attached messages opened for one email may come to together (ParseLimits.maxDecodedBytes): each
   * level's bytes are part of the level above, so nesting multiplies what is parsed.
   */
  maxBytes: number;
}

/**
 * The message that is the letter: the email itself, or the message it forwards as an attachment, followed
 * through messages forwarded inside it. Throws TOO_COMPLEX past MAX_ATTACHED_MESSAGE_DEPTH levels, or when
 * the attached messages opened come to more than `maxBytes`.
 * @example (await attachedLetter(coverNoteWithOneAttachedMessage, readMessage, { fileName: 'fw.msg', maxBytes: 1e8 })).from
 * // the attached message's sender
 */
export async function attachedLetter(
  email: EmailMessage,
  readMessage: MessageReader,
  options: AttachedLetterOptions,
): Promise<EmailMessage> {
  let current = email;
  let opened = 0;
  for (let depth = 0; ; depth += 1) {
    const attached = current.attachments.filter(isAttachedMessage);
    if (attached.length === 0 || attached.length > MAX_ATTACHED_MESSAGES || !forwardsAttachment(current)) return current;
    if (depth === MAX_ATTACHED_MESSAGE_DEPTH) {
      throw new NoticeCheckError(
        'TOO_COMPLEX',
        `${options.fileName} forwards messages inside forwarded messages more than ${MAX_ATTACHED_MESSAGE_DEPTH} levels deep. Open the innermost message and upload it on its own.`,
        { details: { maxDepth: MAX_ATTACHED_MESSAGE_DEPTH } },
      );
    }
    const withText: EmailMessage[] = [];
    for (const attachment of attached) {
      opened += attachment.bytes.byteLength;
      if (opened > options.maxBytes) {
        throw new NoticeCheckError(
          'TOO_COMPLEX',
          `${options.fileName} carries attached messages, and messages attached to them, too large to read together. Open the message that holds the notice and upload it on its own.`,
          { details: { limit: options.maxBytes } },
        );
      }
      const message = await readMessage(attachment);
      if (message && hasContent(message)) withText.push(message);
    }
    const [only, ...others] = withText;
    if (!only || others.length > 0) return current;
    current = only;
  }
}
