import type { DeliveryMethod, EmailEnvelope, ExtractedText, LetterAnalysis, WrittenMoment } from '../domain/types.ts';

/** The Date/Sent line at the top of an email document: where the sent moment is quoted from. */
const DATE_LINE = /^[ \t]*(?:date|sent)[ \t]*:[ \t]*(.+?)[ \t]*$/im;

/**
 * The envelope's sent instant as a written moment at the sender's offset. Seconds are rounded up to the next
 * minute: a notice sent at 17:00:30 was not sent by 17:00, and the product never judges a notice earlier
 * than it was sent.
 */
function sentMoment(sentAt: string, text: string): WrittenMoment | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{2}:\d{2}|Z)$/.exec(sentAt);
  if (!m) return null;
  const offset = m[5] === 'Z' ? '+00:00' : (m[5] ?? '+00:00');
  let wall = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`);
  if (Number(m[4]) > 0) wall += 60_000;
  const iso = new Date(wall).toISOString();
  const line = DATE_LINE.exec(text.slice(0, 3000));
  const start = line ? (line.index ?? 0) + line[0].indexOf(line[1] ?? '') : 0;
  const written = line?.[1] ?? sentAt;
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    zoneLabel: offset,
    source: 'email-header',
    text: written,
    start,
    end: start + written.length,
  };
}

const unique = (values: (string | null | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== '')),
];

/**
 * Puts an email's own headers ahead of what the body suggests: the Date header is the sent moment (with the
 * sender's offset), From and To are the first sender and recipient candidates, the Subject is the subject,
 * and email is the first delivery method. Names from the body stay as later candidates, so a From address at
 * a mail provider's domain still falls back to the letter's signature. Documents without an envelope are
 * returned unchanged.
 * @example applyEnvelope(analyzeLetter(doc), { ...doc, envelope: { from: 'a@x.example', to: [], cc: [], sentAt: '2021-01-09T18:07:00-08:00', subject: null } }).sent?.zoneLabel
 * // '-08:00'
 */
export function applyEnvelope(letter: LetterAnalysis, doc: Pick<ExtractedText, 'text' | 'envelope'>): LetterAnalysis {
  const envelope: EmailEnvelope | undefined = doc.envelope;
  if (!envelope) return letter;
  const sent = envelope.sentAt ? sentMoment(envelope.sentAt, doc.text) : null;
  const replacedSentText = letter.sent?.text;
  const problems = sent
    ? letter.problems.filter((p) => p !== 'no date of sending found' && !(replacedSentText && p.includes(replacedSentText)))
    : letter.problems;
  const senderCandidates = unique([envelope.from, ...(letter.senderCandidates ?? [letter.senderText])]);
  const recipientCandidates = unique([...envelope.to, ...(letter.recipientCandidates ?? [letter.recipientText])]);
  const methods: DeliveryMethod[] = ['email', ...(letter.deliveryMethods ?? []).filter((m) => m !== 'email')];
  return {
    ...letter,
    sent: sent ?? letter.sent,
    senderText: senderCandidates[0] ?? null,
    recipientText: recipientCandidates[0] ?? null,
    senderCandidates,
    recipientCandidates,
    deliveryMethod: 'email',
    deliveryMethods: methods,
    subject: envelope.subject ?? letter.subject ?? null,
    problems,
  };
}
