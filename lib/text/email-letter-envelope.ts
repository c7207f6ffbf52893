/**
 * Whose letter an email is, before it is read in full: the envelope the verdict will judge it by. A notice
 * forwarded inline or as an attachment is the original message, chosen by the same rules as when it is read
 * (attachedLetter, then letterOf); the forwarder's own envelope is kept beside it.
 */
import type { EmailEnvelope } from '../domain/types.ts';
import { type AttachedLetterOptions, attachedLetter } from './email-attached-message.ts';
import { type EmailMessage, letterOf, ownEnvelope } from './email-document.ts';
import { readAttachedMessage } from './read-attached-message.ts';

export interface LetterEnvelope {
  /** The letter's envelope: the original message's when the email forwards one, else the email's own. */
  letter: EmailEnvelope;
  /** The forwarding email's own envelope when the email forwards a letter; null when it is the letter. */
  forwardedBy: EmailEnvelope | null;
  /**
   * An inline forward's date of the original as the forwarding client printed it ("Sat, Jan 9, 2021 at
   * 6:07 PM"): clients print it without a zone, so `letter.sentAt` is then null. Null when not forwarded inline.
   */
  printedDate: string | null;
}

/**
 * The envelope an email's letter will be judged by, and the forwarder's when it is a forward. An email whose
 * attached messages cannot be opened (nested too deep, too heavy, unreadable) is described by its own headers.
 * @example (await letterEnvelope(forwardedAsAttachment, { fileName: 'notice.eml', maxBytes: 1e8 })).letter.from
 * // 'Harbor & Pine Legal <legal@harborpine.example>'
 */
export async function letterEnvelope(email: EmailMessage, options: AttachedLetterOptions): Promise<LetterEnvelope> {
  let message = email;
  try {
    message = await attachedLetter(email, readAttachedMessage, options);
  } catch {
    // Only a description: an attached message that cannot be opened (TOO_COMPLEX, or a parser failing on a
    // broken .msg) must not hide the email itself; reading it as a letter reports the problem.
  }
  const { envelope, forwarded, printedDate } = letterOf(message);
  return { letter: envelope, forwardedBy: forwarded || message !== email ? ownEnvelope(email) : null, printedDate };
}
