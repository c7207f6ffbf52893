import { DateTime } from 'luxon';
import type { WrittenMoment } from '../domain/types.ts';
import { NoticeCheckError } from '../errors.ts';
import { ZONE_LABELS } from './zone-labels.ts';
import { isValidZone } from './zones.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Places a date (and optional wall time) as written into `zone`. A date without a time is taken
 * at the start of that day, 00:00 local (rule `start-of-day-when-no-time`): "effective January 5,
 * 2024" takes effect when January 5 begins. A wall time that does not exist because clocks sprang
 * forward (02:30 on 2021-03-14 in Los Angeles) moves forward by the gap (03:30 PDT), as luxon does.
 * A wall time that occurs twice because clocks fell back takes the offset the written label names
 * (01:30 PST is the second 01:30); without such a label luxon's choice stands (the standard-time offset). "24:00" is the end of the day.
 * Throws INVALID_DATE for an impossible date or time and UNKNOWN_ZONE for an unknown zone.
 * @example placeMoment({ date: '2021-01-10', time: '23:59', zoneLabel: 'PST', text: '', start: 0, end: 0 }, 'America/Los_Angeles')
 * // DateTime 2021-01-10T23:59:00.000-08:00
 */
export function placeMoment(moment: WrittenMoment, zone: string): DateTime {
  if (!isValidZone(zone)) {
    throw new NoticeCheckError('UNKNOWN_ZONE', `Unknown time zone "${zone}"; use an IANA name such as America/New_York.`);
  }
  const date = DATE.exec(moment.date ?? '');
  if (!date) throw invalid(moment, 'the date is not in the form YYYY-MM-DD');
  const [, year, month, day] = date.map(Number) as [number, number, number, number];
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (moment.time) {
    const time = TIME.exec(moment.time.trim());
    if (!time) throw invalid(moment, 'the time is not in the form HH:mm');
    [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? '0')];
    if (hour === 24 && minute === 0 && second === 0) {
      const midnight = DateTime.fromObject({ year, month, day }, { zone });
      if (!midnight.isValid) throw invalid(moment, 'the date does not exist');
      return midnight.plus({ days: 1 });
    }
  }
  const placed = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!placed.isValid) throw invalid(moment, 'no such day or time exists');
  return chooseOffsetByLabel(placed, moment.zoneLabel ?? null);
}

/**
 * An ISO 8601 instant with its offset, to the second ("2021-01-10T23:59:00-08:00"); UTC is written
 * "+00:00" so every instant the product prints has the same shape.
 * @example toIsoWithOffset(DateTime.fromISO('2021-01-10T23:59:00', { zone: 'America/Los_Angeles' })) // '2021-01-10T23:59:00-08:00'
 */
export function toIsoWithOffset(dt: DateTime): string {
  if (!dt.isValid) {
    throw new NoticeCheckError('INVALID_DATE', `Invalid date: ${dt.invalidExplanation ?? dt.invalidReason ?? 'unknown reason'}.`);
  }
  const iso = dt.toISO({ suppressMilliseconds: true, includeOffset: true }) as string;
  return iso.endsWith('Z') ? `${iso.slice(0, -1)}+00:00` : iso;
}

/** In the repeated hour of a fall-back night, "PST" picks the standard offset and "PDT" the daylight one. */
function chooseOffsetByLabel(placed: DateTime, label: string | null): DateTime {
  const entry = label ? ZONE_LABELS[label.trim().replace(/\./g, '').toUpperCase()] : undefined;
  if (!entry || entry.season === 'any' || entry.zone !== placed.zoneName) return placed;
  const candidates = placed.getPossibleOffsets();
  const wanted = candidates.find((candidate) => candidate.isInDST === (entry.season === 'daylight'));
  return wanted ?? placed;
}

function invalid(moment: WrittenMoment, reason: string): NoticeCheckError {
  const shown = [moment.date, moment.time].filter(Boolean).join(' ');
  return new NoticeCheckError('INVALID_DATE', `Cannot read the date "${moment.text || shown}": ${reason}.`, {
    details: { date: moment.date, time: moment.time ?? null },
  });
}
