import { DateTime, IANAZone } from 'luxon';
import { NoticeCheckError } from '../errors.ts';
import type { RuleId } from './rules.ts';
import { ZONE_LABELS, type ZoneLabel } from './zone-labels.ts';
import { zoneForJurisdiction } from './jurisdiction-zones.ts';

export { zoneForJurisdiction } from './jurisdiction-zones.ts';

/**
 * Resolves a zone label as written in a letter or agreement to a zone luxon understands.
 *
 * Region labels keep the writer's intent: "PST", "PDT", "PT" and "Pacific Time" all mean
 * America/Los_Angeles, whatever the season. People write "PST" all year round to mean the time on
 * Pacific clocks; reading "PST" in July as a fixed UTC−08:00 would move the notice an hour away
 * from what both parties saw. Where the label names the wrong half of the year (PST in July),
 * `zoneLabelContradictsSeason` reports it so a reviewer can check. Explicit offsets ("+01:00",
 * "UTC-8", "GMT+5:30") are taken literally as fixed offsets; "UTC", "GMT" and "Z" are UTC (GMT is
 * used internationally as a synonym of UTC, unlike BST which names UK summer time).
 * Abbreviations that name several regions (IST, AST) give null rather than a guess.
 * `onDate` (YYYY-MM-DD) must be a valid date; it decides nothing for region labels but is validated so
 * callers cannot pass garbage. Returns null for a label it cannot resolve.
 * @example resolveZoneLabel('PST', '2021-07-04') // 'America/Los_Angeles'
 * @example resolveZoneLabel('+01:00', '2021-07-04') // 'UTC+1'
 * @example resolveZoneLabel('Europe/Berlin', '2021-07-04') // 'Europe/Berlin'
 */
export function resolveZoneLabel(label: string, onDate: string): string | null {
  parseOnDate(onDate);
  return lookUp(label)?.zone ?? null;
}

/**
 * True when a standard-time label is used on a date its region keeps daylight time (PST in July)
 * or a daylight label on a standard-time date (PDT in January). The label still resolves to the
 * region (see `resolveZoneLabel`); this is for a note in the verdict.
 * @example zoneLabelContradictsSeason('PST', '2021-07-04') // true
 * @example zoneLabelContradictsSeason('PDT', '2021-07-04') // false
 */
export function zoneLabelContradictsSeason(label: string, onDate: string): boolean {
  const day = parseOnDate(onDate);
  const entry = lookUp(label);
  if (!entry || entry.season === 'any') return false;
  const noon = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: 12 }, { zone: entry.zone });
  return noon.isInDST !== (entry.season === 'daylight');
}

export interface ZoneChoice {
  zone: string;
  rule: RuleId;
}

export interface ZoneInputs {
  /** The zone label written in the letter ("PST"), if any. */
  letterLabel?: string | null;
  /** The date (YYYY-MM-DD) the label was written against; kept for season checks by the caller. */
  letterDate?: string | null;
  /** A zone the agreement names for notices (IANA name or label). */
  agreementZone?: string | null;
  /** The governing-law jurisdiction code ('US-NY'). */
  jurisdiction?: string | null;
  /** The configured default; must be valid. */
  defaultZone: string;
}

/**
 * Chooses the zone in which a letter's dates are read: the letter's own label, else the zone the
 * agreement names, else the principal zone of the governing jurisdiction, else the default. A source
 * that cannot be resolved is skipped, never guessed. Throws UNKNOWN_ZONE when the default is invalid.
 * @example chooseZone({ letterLabel: null, agreementZone: null, jurisdiction: 'US-NY', defaultZone: 'UTC' })
 * // { zone: 'America/New_York', rule: 'zone-from-jurisdiction' }
 */
export function chooseZone(inputs: ZoneInputs): ZoneChoice {
  if (inputs.letterLabel) {
    const zone = lookUp(inputs.letterLabel)?.zone;
    if (zone) return { zone, rule: 'zone-from-letter' };
  }
  if (inputs.agreementZone) {
    const zone = lookUp(inputs.agreementZone)?.zone;
    if (zone) return { zone, rule: 'zone-from-agreement' };
  }
  if (inputs.jurisdiction) {
    const zone = zoneForJurisdiction(inputs.jurisdiction);
    if (zone) return { zone, rule: 'zone-from-jurisdiction' };
  }
  const zone = lookUp(inputs.defaultZone)?.zone;
  if (!zone) {
    throw new NoticeCheckError(
      'UNKNOWN_ZONE',
      `The default time zone "${inputs.defaultZone}" is not a known zone; use an IANA name such as America/New_York.`,
    );
  }
  return { zone, rule: 'zone-default' };
}

/**
 * True when luxon can place times in `zone` (IANA names, 'UTC', fixed offsets such as 'UTC+1').
 * @example isValidZone('America/New_York') // true
 */
export function isValidZone(zone: string): boolean {
  return DateTime.fromMillis(0, { zone }).isValid;
}

const FIXED_OFFSET = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/;

function lookUp(label: string): ZoneLabel | null {
  const direct = lookUpOne(label);
  if (direct) return direct;
  // "Pacific Standard Time (PST)", "PT (Pacific Time)", "U.S. Eastern Time": try the parts.
  const parts = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(label.trim());
  if (parts) return lookUpOne(parts[1] ?? '') ?? lookUpOne(parts[2] ?? '');
  const withoutCountry = label.trim().replace(/^(?:U\.?S\.?A?\.?|United States)\s+/i, '');
  return withoutCountry !== label.trim() ? lookUpOne(withoutCountry) : null;
}

function lookUpOne(label: string): ZoneLabel | null {
  const cleaned = label.trim().replace(/\s+/g, ' ');
  if (cleaned === '') return null;
  // "CET / CEST" and "CET/CEST" are the same pair.
  const key = cleaned
    .replace(/\./g, '')
    .replace(/\s*\/\s*/g, '/')
    .toUpperCase();
  const known = ZONE_LABELS[key];
  if (known) return known;
  const offset = FIXED_OFFSET.exec(key);
  if (offset) {
    const [, sign, hours, minutes] = offset;
    const h = Number(hours);
    const m = Number(minutes ?? '0');
    if (h > 14 || m > 59) return null;
    if (h === 0 && m === 0) return { zone: 'UTC', season: 'any' };
    return { zone: `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`, season: 'any' };
  }
  if (cleaned.includes('/') && IANAZone.isValidZone(cleaned)) {
    // Intl gives the canonical spelling ("america/new_york" → "America/New_York").
    return { zone: new Intl.DateTimeFormat('en-US', { timeZone: cleaned }).resolvedOptions().timeZone, season: 'any' };
  }
  return null;
}

function isValidDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && DateTime.fromISO(iso, { zone: 'UTC' }).isValid;
}

function parseOnDate(onDate: string): DateTime {
  if (!isValidDate(onDate)) {
    throw new NoticeCheckError('INVALID_DATE', `"${onDate}" is not a date in the form YYYY-MM-DD.`);
  }
  return DateTime.fromISO(onDate, { zone: 'UTC' });
}
