/** The iCalendar feed, parsed back with ical.js (a real RFC 5545 parser) and checked property by property. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DeadlineView } from '../../lib/app/contract-queries.ts';
import { fold, toIcs } from '../../lib/app/deadlines-ics.ts';

const NOW = new Date('2026-01-15T09:30:00Z');
const deadline: DeadlineView = {
  kind: 'non-renewal-notice',
  date: '2026-03-31',
  at: null,
  zone: 'America/Chicago',
  section: '2.2',
  text: 'Either party may elect not to renew by giving written notice at least sixty (60) days prior; notices go to Zürich, Genève & São Paulo.',
  contractId: 'hosting',
  deadlineId: 'abc',
  status: 'UPCOMING',
  sourceDocumentId: 'a1',
  review: { status: 'confirmed', by: 'ana@example.com', at: '2026-01-10T10:00:00Z' },
};

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('toIcs', () => {
  it('a confirmed deadline is an all-day event: DATE values, reminders as -PnD triggers, a stable UID', () => {
    const ics = toIcs([deadline], [30, 7, 0], { now: NOW });
    const [event] = events(ics);
    expect(event?.getFirstPropertyValue('uid')).toBe('abc.hosting@contract-notice-checker');
    const start = event?.getFirstProperty('dtstart');
    expect(start?.type).toBe('date');
    expect(String(start?.getFirstValue())).toBe('2026-03-31');
    expect(event?.getFirstProperty('dtend')?.type).toBe('date');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2026-04-01');
    expect(event?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const triggers = event?.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['-P30D', '-P7D']);
    expect(ics).toContain('TRIGGER:-P7D\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331\r\n');
  });

  it('text survives escaping and folding: commas, semicolons and accented letters read back as written', () => {
    const [event] = events(toIcs([deadline], [7], { now: NOW }));
    expect(String(event?.getFirstPropertyValue('description'))).toContain(deadline.text);
  });

  it('every line ends in CRLF and is at most 75 octets, and folding never splits a UTF-8 character', () => {
    const ics = toIcs([{ ...deadline, text: 'é€😀'.repeat(60) }], [30], { now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('é€😀'.repeat(60));
  });

  it('fold leaves a short line alone and starts continuation lines with one space', () => {
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = fold(`DESCRIPTION:${'a'.repeat(100)}`).split('\r\n');
    expect(folded).toHaveLength(2);
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]?.startsWith(' a')).toBe(true);
  });

  it('a passed deadline stays a confirmed event, not a cancelled one', () => {
    const [event] = events(toIcs([{ ...deadline, date: '2025-03-31', status: 'PASSED' }], [7], { now: NOW }));
    expect(event?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('a corrected deadline appears on its corrected day, with the reason', () => {
    const corrected: DeadlineView = {
      ...deadline,
      review: { status: 'corrected', date: '2026-03-27', reason: 'Amendment No. 2 moved the notice date', by: 'ana@example.com' },
    };
    const [event] = events(toIcs([corrected], [7], { now: NOW }));
    expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2026-03-27');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2026-03-28');
    expect(String(event?.getFirstPropertyValue('description'))).toContain('Amendment No. 2');
  });

  it('a dismissed deadline is left out; a proposed one is tentative and has no reminders', () => {
    const dismissed: DeadlineView = { ...deadline, deadlineId: 'gone', review: { status: 'dismissed', reason: 'Superseded' } };
    const proposed: DeadlineView = { ...deadline, deadlineId: 'new', review: { status: 'proposed' } };
    const parsed = events(toIcs([dismissed, proposed], [30, 7], { now: NOW }));
    expect(parsed.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['new.hosting@contract-notice-checker']);
    expect(parsed[0]?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(parsed[0]?.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('the same deadline in two contracts has two distinct UIDs, and the UID does not change between feeds', () => {
    const first = events(toIcs([deadline, { ...deadline, contractId: 'supply' }], [7], { now: NOW }));
    const later = events(toIcs([deadline], [7], { now: new Date('2026-02-01T00:00:00Z') }));
    const uids = first.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(2);
    expect(later[0]?.getFirstPropertyValue('uid')).toBe(uids[0]);
  });

  it('an empty feed is still a valid calendar with the required VERSION and PRODID', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs([], [30], { now: NOW })));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/contract-notice-checker/);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
