/**
 * A tenant's deadlines as an iCalendar feed (RFC 5545) that calendar apps subscribe to. Each deadline is an
 * all-day event on its last day (DTSTART/DTEND as DATE values: the day, not an instant, in the contract's
 * zone), with reminders at the alert offsets. The UID is stable across refreshes so that calendars update
 * events in place rather than duplicating them, and distinct across contracts.
 *
 * Written here rather than with a generator library: the one at hand wrote durations such as `P1DT` and
 * `-P30DT`, which RFC 5545 parsers reject. The tests parse every feed with ical.js.
 */
import { effectiveDate, reviewOf, shownInCalendar } from './deadline-review.ts';
import { listDeadlines, type DeadlineView, type QueryDeps } from './contract-queries.ts';

const KIND_TITLES: Record<DeadlineView['kind'], string> = {
  'non-renewal-notice': 'Last day to give non-renewal notice',
  'term-end': 'Term ends',
  'cure-period-end': 'Cure period ends',
  'termination-effective': 'Termination takes effect',
  'suspension-effective': 'Suspension takes effect',
  'extension-notice': 'Last day to exercise the option to renew or extend',
  'statutory-reminder': "Last day for the provider's renewal reminder",
};

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

export async function deadlinesIcs(deps: QueryDeps, tenantId: string, window: { from: string; to: string }): Promise<string> {
  const deadlines = await listDeadlines(deps, tenantId, window);
  return toIcs(deadlines, deps.config.alertOffsets, { now: deps.clock.now() });
}

/**
 * The feed. Dismissed deadlines are left out; corrected ones appear on their corrected day; deadlines still
 * awaiting review are tentative and carry no reminders; passed ones stay confirmed (a calendar keeps history).
 * @example toIcs([], [30, 7], { now: new Date() })  // "BEGIN:VCALENDAR\r\n…END:VCALENDAR\r\n" with no events
 */
export function toIcs(deadlines: DeadlineView[], alertOffsets: number[], options: { now: Date }): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//contract-notice-checker//Contract deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Contract deadlines',
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const d of deadlines.filter((view) => shownInCalendar(view.review))) lines.push(...eventLines(d, alertOffsets, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function eventLines(d: DeadlineView, alertOffsets: number[], stamp: string): string[] {
  const review = reviewOf(d);
  const date = effectiveDate(d);
  const proposed = review.status === 'proposed';
  const title = KIND_TITLES[d.kind];
  const where = d.section ? ` (section ${d.section})` : '';
  const when = review.status === 'corrected' ? `${date}, corrected from ${d.date}` : `${date}${d.at ? ` at ${d.at}` : ''}`;
  const description = [
    `${title}: ${when} (${d.zone})${where}.`,
    review.status === 'corrected' && review.reason ? `Corrected: ${review.reason}` : '',
    d.notBefore
      ? `Not before ${d.notBefore}: the agreement allows this notice only inside a window, and one received earlier does not count.`
      : '',
    proposed ? 'Computed from the contract and not yet reviewed: no reminders until someone confirms it.' : '',
    d.text ? `“${d.text}”` : '',
  ].filter(Boolean);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${d.deadlineId}.${d.contractId}@contract-notice-checker`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(date)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(date))}`,
    `SUMMARY:${text(`${proposed ? 'To review: ' : ''}${title}${where} — contract ${d.contractId}`)}`,
    `DESCRIPTION:${text(description.join('\n\n'))}`,
    `STATUS:${proposed ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    `CATEGORIES:contract-deadline,${d.kind}`,
  ];
  if (!proposed) {
    for (const days of alertOffsets.filter((o) => o > 0)) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text(title)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
  }
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence; each continuation line
 * starts with one space, which counts toward its 75.
 * @example fold('DESCRIPTION:' + 'é'.repeat(80)) // three lines, none over 75 octets
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compact = (isoDay: string) => isoDay.replace(/-/g, '');

function nextDay(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const utcStamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
