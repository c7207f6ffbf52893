/**
 * Deadlines in date order with today marked among them: an ordered list, so it reads the same to a screen
 * reader, on a phone and at full width.
 */
import type { ComponentChildren } from 'preact';
import { formatDay } from '../dates.ts';

export interface TimelineItem {
  key: string;
  day: string;
  content: ComponentChildren;
}

export function Timeline({ items, today, label }: { items: TimelineItem[]; today: string; label: string }) {
  const sorted = [...items].sort((a, b) => a.day.localeCompare(b.day));
  const todayAt = sorted.findIndex((item) => item.day >= today);
  const rows: ComponentChildren[] = sorted.map((item) => (
    <li key={item.key} class={`timeline-item${item.day < today ? ' past' : ''}`}>
      {item.content}
    </li>
  ));
  rows.splice(
    todayAt === -1 ? rows.length : todayAt,
    0,
    <li key="today" class="timeline-today">
      <span>Today, {formatDay(today)}</span>
    </li>,
  );
  return (
    <ol class="timeline" aria-label={label}>
      {rows}
    </ol>
  );
}
