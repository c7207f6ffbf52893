/**
 * Opens a message attached to an email (forwarded as an attachment), for the forward-as-attachment rules
 * (email-attached-message.ts): the upload path and the inbound mail summary open them the same way.
 */
import { NoticeCheckError } from '../errors.ts';
import { detectType } from './detect-type.ts';
import { parseEml } from './email.ts';
import type { MessageReader } from './email-attached-message.ts';
import { parseMsg } from './msg.ts';

/**
 * A message attached to an email is parsed like an uploaded email (.eml or Outlook .msg); one that cannot be
 * read is left out (null). What the attached messages of one email may come to together is held to the
 * decoded bytes limit by attachedLetter.
 * @example (await readAttachedMessage({ fileName: 'Notice.eml', contentType: 'message/rfc822', bytes }))?.from
 * // 'Harbor & Pine Legal <legal@harborpine.example>'
 */
export const readAttachedMessage: MessageReader = async (attachment) => {
  try {
    const hints = { fileName: attachment.fileName, ...(attachment.contentType ? { contentType: attachment.contentType } : {}) };
    const type = detectType(attachment.bytes, hints);
    if (type === 'eml') return await parseEml(attachment.bytes);
    if (type === 'msg') return await parseMsg(attachment.bytes, attachment.fileName);
    return null;
  } catch (error) {
    if (error instanceof NoticeCheckError) return null;
    throw error;
  }
};
