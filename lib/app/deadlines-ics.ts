/**
 * A tenant's deadlines as an iCalendar feed (RFC 5545) that calendar apps subscribe to. Each deadline is an
 * all-day event on its last day, with reminders at the alert offsets; the UID is stable across refreshes so
 * calendars update events in place rather than duplicating them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { NoticeCheckError } from '../errors.ts';
import { listDeadlines, type DeadlineView, type QueryDeps } from './contract-queries.ts';

const KIND_TITLES: Record<DeadlineView['kind'], string> = {
  'non-renewal-notice': 'Last day to give non-renewal notice',
  'term-end': 'Term ends',
  'cure-period-end': 'Cure period ends',
  'termination-effective': 'Termination takes effect',
  'suspension-effective': 'Suspension takes effect',
};

export async function deadlinesIcs(deps: QueryDeps, tenantId: string, window: { from: string; to: string }): Promise<string> {
  const deadlines = await listDeadlines(deps, tenantId, window);
  return toIcs(deadlines, deps.config.alertOffsets);
}

/** @example toIcs([], [30, 7])  // "BEGIN:VCALENDAR ... END:VCALENDAR" with no events */
export function toIcs(deadlines: DeadlineView[], alertOffsets: number[]): string {
  const events: EventAttributes[] = deadlines.map((d) => {
    const [year, month, day] = d.date.split('-').map(Number) as [number, number, number];
    const where = d.section ? ` (section ${d.section})` : '';
    return {
      uid: `${d.deadlineId}.${d.contractId}@contract-notice-checker`,
      title: `${KIND_TITLES[d.kind]}${where} — contract ${d.contractId}`,
      description: [`${KIND_TITLES[d.kind]}: ${d.date}${d.at ? ` at ${d.at}` : ''} (${d.zone})${where}.`, d.text ? `“${d.text}”` : '']
        .filter(Boolean)
        .join('\n\n'),
      start: [year, month, day],
      duration: { days: 1 },
      status: d.status === 'PASSED' ? 'CANCELLED' : 'CONFIRMED',
      transp: 'TRANSPARENT',
      categories: ['contract-deadline', d.kind],
      alarms: alertOffsets
        .filter((o) => o > 0)
        .map((days) => ({ action: 'display' as const, description: KIND_TITLES[d.kind], trigger: { days, before: true } })),
    };
  });
  const { error, value } = createEvents(events, { productId: 'contract-notice-checker', calName: 'Contract deadlines' });
  if (error || value === null)
    throw new NoticeCheckError('INVALID_INPUT', `Could not build the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
