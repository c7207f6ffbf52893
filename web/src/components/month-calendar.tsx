/** A month as a table of weeks (Monday first) with the deadlines that fall on each day. */
import { addDays, formatDay } from '../dates.ts';
import { href } from '../router.ts';
import type { DeadlineView } from '../types.ts';
import { DEADLINE_WORDS } from '../words.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** @param month YYYY-MM */
export function MonthCalendar({ month, deadlines, today }: { month: string; deadlines: DeadlineView[]; today: string }) {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const start = addDays(first, -weekday);
  const weeks: string[][] = [];
  for (let day = start; day.slice(0, 7) <= month || weeks.length === 0; ) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
    if (day.slice(0, 7) > month) break;
  }
  const title = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${first}T00:00:00Z`),
  );
  const onDay = (day: string) => deadlines.filter((d) => effectiveDay(d) === day);
  return (
    <table class="calendar">
      <caption>{title}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => (
              <td key={day} class={`${day.slice(0, 7) === month ? '' : 'other-month'}${day === today ? ' today' : ''}`}>
                <span class="day-number" aria-hidden="true">
                  {Number(day.slice(8))}
                </span>
                <span class="visually-hidden">{formatDay(day)}</span>
                {day === today && <span class="visually-hidden"> (today)</span>}
                {onDay(day).map((d) => (
                  <a key={d.deadlineId} class="calendar-entry" href={href.contract(d.contractId)}>
                    {DEADLINE_WORDS[d.kind] ?? 'Deadline'}
                  </a>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A corrected deadline's date replaces the computed one; otherwise the safe date, which is never later. */
export function effectiveDay(deadline: DeadlineView): string {
  if (deadline.review?.status === 'corrected' && deadline.review.date) return deadline.review.date;
  return deadline.safeDate ?? deadline.date;
}
