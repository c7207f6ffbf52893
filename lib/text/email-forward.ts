/**
 * Forwarded emails. A notice forwarded by a colleague must be judged by the original message — its sender,
 * recipients and date — not by the forwarder's. Mail clients print the original's headers below a marker:
 * Gmail "---------- Forwarded message ---------", Apple Mail "Begin forwarded message:", Thunderbird
 * "-------- Forwarded Message --------", Outlook "-----Original Message-----" or a line of underscores
 * (Outlook uses these for replies too, so they count only when the subject says the mail is forwarded).
 */

export interface ForwardedHeaders {
  from: string | null;
  to: string[];
  cc: string[];
  /** The date as the client printed it ("Sat, Jan 9, 2021 at 6:07 PM"). */
  date: string | null;
  subject: string | null;
}

export interface ForwardedMessage {
  headers: ForwardedHeaders;
  /** Offset in the body where the original's header lines begin (just after the marker). */
  start: number;
}

const EXPLICIT_MARKER = /^[ \t>]*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Forwarded Message\s*-{2,})[ \t]*$/im;
const REPLY_STYLE_MARKER = /^[ \t>]*(?:-{3,}\s*Original Message\s*-{3,}|_{10,})[ \t]*$/im;
/** A subject a mail client wrote for a forward: "Fwd:", "FW:", and the German, French and Spanish forms. */
export const FORWARD_SUBJECT = /^\s*(?:(?:fwd?|fw|wg|tr|rv)\s*:\s*)+/i;
const HEADER_LINE = /^[ \t>]*\*?(from|to|cc|date|sent|subject)\*?\s*:\s*\*?(.*?)\*?\s*$/i;

/** Splits an address list as clients print it ("Ana <a@x>; Bo <b@y>", "a@x, b@y"), keeping quoted commas. */
export function splitAddresses(value: string): string[] {
  const parts = value.match(/(?:"[^"]*"|<[^>]*>|[^,;])+/g) ?? [];
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function readHeaderBlock(body: string, from: number): ForwardedHeaders | null {
  const headers: ForwardedHeaders = { from: null, to: [], cc: [], date: null, subject: null };
  let seen = 0;
  let last: string | null = null;
  for (const line of body.slice(from).split('\n').slice(0, 20)) {
    if (line.trim() === '' || line.trim() === '>') {
      if (seen > 0) break;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) {
      // A wrapped address list continues the previous header.
      if (last === 'to' || last === 'cc') headers[last].push(...splitAddresses(line.replace(/^[ \t>]*/, '')));
      else if (seen > 0) break;
      continue;
    }
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    seen += 1;
    last = key;
    if (key === 'from') headers.from = value || null;
    else if (key === 'to' || key === 'cc') headers[key].push(...splitAddresses(value));
    else if (key === 'date' || key === 'sent') headers.date = value || null;
    else if (key === 'subject') headers.subject = value || null;
  }
  return headers.from || headers.date ? headers : null;
}

/**
 * The message a forwarded email forwards, or null when `body` is not a forward. A chain forwarded twice is
 * followed to the innermost original; a reply quoted inside the original is not followed.
 * @example findForwarded('FYI\n\n---------- Forwarded message ---------\nFrom: Ana <a@x.example>\nDate: Sat, Jan 9, 2021 at 6:07 PM\n\nWe terminate.', 'Fwd: Notice')?.headers.from
 * // 'Ana <a@x.example>'
 */
export function findForwarded(body: string, subject: string | null): ForwardedMessage | null {
  let found: ForwardedMessage | null = null;
  let rest = body;
  let restStart = 0;
  let restSubject = subject;
  for (let depth = 0; depth < 10; depth += 1) {
    const explicit = EXPLICIT_MARKER.exec(rest);
    const replyStyle = restSubject && FORWARD_SUBJECT.test(restSubject) ? REPLY_STYLE_MARKER.exec(rest) : null;
    const marker = [explicit, replyStyle].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
    if (!marker) break;
    const afterMarker = marker.index + marker[0].length;
    const headers = readHeaderBlock(rest, afterMarker);
    if (!headers) break;
    const start = restStart + afterMarker + (rest.slice(afterMarker).match(/^\s*/)?.[0].length ?? 0);
    found = { headers, start };
    rest = body.slice(start);
    restStart = start;
    restSubject = headers.subject;
  }
  return found;
}
