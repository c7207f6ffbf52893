import type { ExtractedText, LetterAnalysis } from '../domain/types.ts';
import { readAction } from './action.ts';
import { readCurePeriod } from './cure-period.ts';
import { readDeliveryMethods } from './delivery-method.ts';
import { readEarlierNotice } from './earlier-notice.ts';
import { readEffective, statesEndOfTerm } from './effective.ts';
import { readGrounds } from './grounds.ts';
import { header, looksLikeEmail, readHeaders } from './headers.ts';
import { readLetterParties } from './letter-parties.ts';
import { readRecipientZone } from './recipient-zone.ts';
import { readSectionsCited } from './sections-cited.ts';
import { readSent } from './sent-moment.ts';
import { splitSentences } from './sentences.ts';
import { readStatedTermEnd } from './stated-term-end.ts';

/** Where the body starts: after the subject line, else after the salutation, else after the header lines. */
function bodyStartOf(text: string, lastHeaderEnd: number): number {
  const subject = /^[ \t]*(?:re|subject)\s*:.*$/im.exec(text.slice(0, 3000));
  if (subject) return (subject.index ?? 0) + subject[0].length;
  const dear = /^[ \t]*dear\b.*$/im.exec(text.slice(0, 3000));
  if (dear) return (dear.index ?? 0) + dear[0].length;
  return Math.max(lastHeaderEnd, firstProseParagraph(text, lastHeaderEnd));
}

// A paragraph of prose: a sentence of at least six words ending in a full stop (or a colon before a list).
const SENTENCE_END_RE = /[.:]$/;
const isProse = (paragraph: string): boolean =>
  paragraph
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .some((word, i) => i >= 5 && SENTENCE_END_RE.test(word));

/**
 * Where the first paragraph of prose begins, for a letter with neither "Re:" nor "Dear ...": the letterhead,
 * date, delivery and address lines above it are short lines, not sentences. 0 when there is none.
 */
function firstProseParagraph(text: string, from: number): number {
  const head = text.slice(0, 3000);
  const paragraph = /(?:^|\n[ \t]*\n)([^\n][\s\S]*?)(?=\n[ \t]*\n|$)/g;
  paragraph.lastIndex = from;
  for (let m = paragraph.exec(head); m !== null; m = paragraph.exec(head)) {
    const body = m[1] ?? '';
    if (isProse(body)) return m.index + m[0].length - body.length;
    if (m[0].length === 0) paragraph.lastIndex += 1;
  }
  return 0;
}

/**
 * Reads a notice letter: who sent it to whom, when and how, what it does, when it takes effect, the
 * sections and grounds it relies on, and a breach notice's cure period. Names stay as written; the verdict
 * resolves them to the agreement's parties. Nothing here throws on odd text: what cannot be read is null
 * and, where it matters, listed in `problems`.
 * @example analyzeLetter({ text: 'Sent: Saturday, January 9, 2021 6:07 PM PST\nWe are suspending your account effective immediately.', pages: 1, pageStarts: [0], format: 'txt' }).action
 * // 'suspension'
 */
export function analyzeLetter(doc: ExtractedText): LetterAnalysis {
  const text = doc.text.replace(/\r\n?/g, '\n');
  const headers = readHeaders(text);
  const isEmail = looksLikeEmail(headers);
  const lastHeaderEnd = headers.reduce((max, h) => Math.max(max, h.end), 0);
  const bodyStart = bodyStartOf(text, lastHeaderEnd);
  const body = text.slice(bodyStart);
  const sentences = splitSentences(body).map((s) => ({ ...s, start: s.start + bodyStart, end: s.end + bodyStart }));

  const sent = readSent(text, headers);
  const viaLine = /^[ \t]*(?:via|by)\b.*$/im.exec(text.slice(0, 2000));
  const firstMarker = Math.min(...[sent.at, viaLine?.index ?? -1].filter((n) => n >= 0), bodyStart);
  // The inside address sits below the date and delivery lines of a letter, above its "Re:" line.
  const lineEnd = (at: number): number => (at < 0 ? -1 : text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  const addressStart = Math.max(lineEnd(sent.at), lineEnd(viaLine?.index ?? -1));
  const insideAddress = addressStart < bodyStart ? addressStart : -1;
  const parties = readLetterParties(text, headers, { bodyStart, firstMarker, addressStart: insideAddress });
  const subject = header(headers, 'subject')?.value ?? null;
  const action = readAction(subject, sentences);
  const effective = readEffective(sentences);
  const methods = readDeliveryMethods(text, isEmail);
  const problems = [...sent.problems, ...effective.problems];
  if (!action) problems.push('no action (termination, suspension, non-renewal, breach notice or exercise of an option to extend) found');
  // A non-renewal and the exercise of an option both take effect at the end of the term.
  const atTermEnd = action === 'non-renewal' || action === 'extension';
  if (!effective.effective && action && action !== 'breach-notice' && !atTermEnd) problems.push('no effective date stated');

  return {
    senderText: parties.senderCandidates[0] ?? null,
    recipientText: parties.recipientCandidates[0] ?? null,
    senderCandidates: parties.senderCandidates,
    recipientCandidates: parties.recipientCandidates,
    recipientZone: readRecipientZone(text, headers, insideAddress, bodyStart),
    sent: sent.sent,
    deliveryMethod: methods[0] ?? null,
    deliveryMethods: methods,
    action,
    effective: effective.effective ?? (atTermEnd ? { kind: 'end-of-term' } : null),
    sectionsCited: readSectionsCited([subject ?? '', body].join('\n')),
    grounds: readGrounds([subject ?? '', body].join('\n')),
    curePeriod: action === 'breach-notice' || action === 'termination' ? readCurePeriod(sentences) : null,
    problems,
    subject,
    earlierNotice: action === 'termination' ? readEarlierNotice(sentences) : null,
    statedTermEnd: readStatedTermEnd(sentences),
    endsAtTermEnd: statesEndOfTerm(sentences),
  };
}
