import { DateTime } from 'luxon';

/** A wall-clock date or date-time in an explicit zone (every test names its zone). */
export const at = (iso: string, zone: string): DateTime => {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad test date ${iso} in ${zone}`);
  return dt;
};

export const NY = 'America/New_York';
export const LA = 'America/Los_Angeles';
export const LONDON = 'Europe/London';
