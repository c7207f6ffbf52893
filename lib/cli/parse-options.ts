import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DateTime, IANAZone } from 'luxon';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * util.parseArgs in strict mode, with its errors turned into usage errors that name the command.
 * @example parseCommandLine('extract', ['--json', 'a.pdf'], { json: { type: 'boolean' } }) // { values: { json: true }, positionals: ['a.pdf'] }
 */
export function parseCommandLine<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(message, command);
  }
}

/** An IANA zone such as America/Chicago; checked here so a typo is a usage error, not a wrong answer. */
export function parseZone(command: string, zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  if (!IANAZone.isValidZone(zone)) {
    throw new UsageError(`--zone ${zone} is not an IANA time zone (for example America/New_York, Europe/London, UTC)`, command);
  }
  return zone;
}

/** An ISO date or instant for --now; a bare date means the start of that day in the zone. */
export function parseNow(command: string, now: string | undefined, zone: string): string | undefined {
  if (now === undefined) return undefined;
  const parsed = DateTime.fromISO(now, { zone, setZone: true });
  if (!parsed.isValid) {
    throw new UsageError(`--now ${now} is not an ISO date or date-time (for example 2024-06-01 or 2024-06-01T09:00:00-05:00)`, command);
  }
  return parsed.toISO();
}

/** Requires an exact number of file arguments: one file for each name, in order. */
export function requireFiles<const Names extends readonly string[]>(
  command: string,
  positionals: string[],
  names: Names,
): { [K in keyof Names]: string } {
  if (positionals.length !== names.length) {
    const expected = names.join(' and ');
    throw new UsageError(`${command} needs ${expected} (got ${positionals.length} file${positionals.length === 1 ? '' : 's'})`, command);
  }
  return positionals as { [K in keyof Names]: string };
}
