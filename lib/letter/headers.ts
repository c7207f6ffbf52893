/**
 * The header lines of an email or a letter ("From:", "To:", "Sent:", "Date:", "Subject:", "Re:", "Via:").
 * Only the opening of the document is read: a "Date:" deep inside a quoted reply is not this letter's date.
 */

export type HeaderKey = 'from' | 'to' | 'cc' | 'sent' | 'date' | 'subject' | 'via' | 'attention';

export interface HeaderLine {
  key: HeaderKey;
  value: string;
  /** Offset of `value` in the text. */
  start: number;
  end: number;
}

const KEYS: Record<string, HeaderKey> = {
  from: 'from',
  to: 'to',
  cc: 'cc',
  sent: 'sent',
  date: 'date',
  subject: 'subject',
  re: 'subject',
  via: 'via',
  by: 'via',
  delivered: 'via',
  'delivered by': 'via',
  'delivery method': 'via',
  attention: 'attention',
  attn: 'attention',
};

const HEADER_RE = /^[ \t]*(from|to|cc|sent|date|subject|re|via|by|delivered(?: by)?|delivery method|attention|attn)\s*[:.]\s*(.+?)\s*$/gim;

/** How far into the document headers are looked for. */
const HEADER_WINDOW = 3000;

/**
 * The header lines in the opening of `text`, in order.
 * @example readHeaders('From: Ana Ruiz\nSent: Saturday, January 9, 2021 6:07 PM PST\n')[1] // { key: 'sent', value: 'Saturday, January 9, 2021 6:07 PM PST', ... }
 */
export function readHeaders(text: string): HeaderLine[] {
  const head = text.slice(0, HEADER_WINDOW);
  const lines: HeaderLine[] = [];
  for (const m of head.matchAll(HEADER_RE)) {
    const key = KEYS[(m[1] ?? '').toLowerCase()];
    const value = m[2] ?? '';
    if (!key || !value) continue;
    // "By: /s/ Ana Ruiz" in a signature block is a signer, not a delivery method.
    if (key === 'via' && /^(?:by)$/i.test(m[1] ?? '') && !/mail|courier|email|e-mail|hand|fax|fedex|ups|dhl|overnight|post/i.test(value))
      continue;
    const start = (m.index ?? 0) + m[0].indexOf(value, Math.max(m[0].indexOf(':'), 0));
    lines.push({ key, value, start, end: start + value.length });
  }
  if (!lines.some((l) => l.key === 'from')) lines.push(...printedMailHeader(head));
  return lines.sort((a, b) => a.start - b.start);
}

/**
 * A message printed from a webmail client puts the sender and the date on one line, without labels:
 * "Priya Shah <priya@larkspur.example>     Mon, Mar 4, 2024 at 9:15 AM" (Gmail's print view).
 */
const PRINTED_FROM_DATE =
  /^[ \t]*([^\n<>:]{0,80}<[^<>\s@]+@[^<>\s]+>)[ \t]{2,}((?:[A-Z][a-z]{2},?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}[^\n]*?)[ \t]*$/m;

/**
 * A message quoted in a reply opens "On Mon, Mar 4, 2024 at 9:15 AM Priya Shah <priya@...> wrote:". The name starts
 * with a non-space, so the spaces before it are read by one run only (not split with the name and the run after it).
 */
const QUOTED_FROM_DATE =
  /^[ \t>]*On\s+((?:[A-Z][a-z]{2,8},?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?),?\s+(\S[^\n]{0,119}?)\s+wrote:[ \t]*$/m;

function printedMailHeader(head: string): HeaderLine[] {
  const m = PRINTED_FROM_DATE.exec(head) ?? QUOTED_FROM_DATE.exec(head);
  if (!m?.[1] || !m[2]) return [];
  if (m[0].trimEnd().endsWith('wrote:')) {
    const sentStart = (m.index ?? 0) + m[0].indexOf(m[1]);
    const fromStart = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
    return [
      { key: 'sent', value: m[1], start: sentStart, end: sentStart + m[1].length },
      { key: 'from', value: m[2], start: fromStart, end: fromStart + m[2].length },
    ];
  }
  const fromStart = (m.index ?? 0) + m[0].indexOf(m[1]);
  const sentStart = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
  return [
    { key: 'from', value: m[1].trim(), start: fromStart, end: fromStart + m[1].trim().length },
    { key: 'sent', value: m[2], start: sentStart, end: sentStart + m[2].length },
  ];
}

/**
 * The first header with `key`, if any.
 * @example header(readHeaders('From: Priya Shah <priya@larkspur.example>\nSubject: Termination notice'), 'subject')?.value // 'Termination notice'
 */
export const header = (lines: HeaderLine[], key: HeaderKey): HeaderLine | undefined => lines.find((l) => l.key === key);

/**
 * True when the document opens like an email (From/To/Sent or Subject headers); a letter's "Re:" line alone is not enough.
 * @example looksLikeEmail(readHeaders('From: Priya Shah <priya@larkspur.example>\nTo: Legal <legal@cloudline.example>')) // true
 */
export const looksLikeEmail = (lines: HeaderLine[]): boolean =>
  (lines.some((l) => l.key === 'from' || l.key === 'sent') && lines.some((l) => l.key === 'to' || l.key === 'subject')) ||
  // A sender written as an address ("Priya Shah <priya@...> wrote:") is an email's.
  (lines.some((l) => l.key === 'sent') && lines.some((l) => l.key === 'from' && /[\w.+-]+@[\w-]+\.[\w.-]+/.test(l.value)));
