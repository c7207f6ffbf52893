/**
 * Dates as people read them, in the contract's zone with the zone named. A deadline's `date` is a calendar day
 * in its zone already: it is formatted as a day, never shifted through the browser's zone.
 */

/** @example formatDay('2021-02-08') // 'Mon, 8 Feb 2021' */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** @example formatMoment('2021-01-09T18:07:00-08:00', 'America/Los_Angeles') // 'Sat, 9 Jan 2021, 18:07' */
export function formatMoment(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: safeZone(zone),
  }).format(instant);
}

/**
 * An instant as its writer stated it: the wall-clock time in the offset the string carries, with the offset
 * named — an email's Date header is the sender's time, which a reader elsewhere must not see shifted.
 * @example formatStatedMoment('2021-01-09T18:07:00-08:00') // 'Sat, 9 Jan 2021, 18:07 (UTC−08:00)'
 */
export function formatStatedMoment(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute, zulu, sign, offsetHours, offsetMinutes] = match;
  const wall = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  if (wall.getUTCMonth() + 1 !== Number(month) || wall.getUTCDate() !== Number(day)) return iso; // 31 Feb: not a date
  const text = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(wall);
  const offset = zulu === 'Z' ? 'UTC' : `UTC${sign === '-' ? '\u2212' : '+'}${offsetHours}:${offsetMinutes}`;
  return `${text} (${offset})`;
}

/** @example zoneName('America/Los_Angeles') // 'Pacific Time (America/Los_Angeles)' */
export function zoneName(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== zone ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}

/** Today's calendar day in a zone, YYYY-MM-DD. */
export function todayIn(zone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: safeZone(zone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** @example addDays('2024-02-28', 2) // '2024-03-01' */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day of an ISO instant in a zone. */
export function dayOf(iso: string, zone: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso.slice(0, 10) : todayIn(zone, instant);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
