/** The ?from=&to= window of the deadline routes: by default today (UTC) and the year after. */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { DateTime } from 'luxon';
import { NoticeCheckError } from '../../lib/errors.ts';
import { deadlineWindowQuery, parse } from '../../lib/http/validation.ts';

const MAX_WINDOW_DAYS = 3 * 366;

function isoDate(day: DateTime<true> | DateTime<false>): string {
  if (!day.isValid) throw new Error(`deadline window: invalid day (${day.invalidExplanation ?? day.invalidReason})`);
  return day.toISODate();
}

export function deadlineWindow(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  now: Date,
  defaultDaysBack = 0,
): { from: string; to: string } {
  const query = parse(deadlineWindowQuery, event.queryStringParameters ?? {}, 'query');
  const today = DateTime.fromJSDate(now, { zone: 'UTC' });
  const from = query.from ?? isoDate(today.minus({ days: defaultDaysBack }));
  const to = query.to ?? isoDate(DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: 365 }));
  if (DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days > MAX_WINDOW_DAYS) {
    throw new NoticeCheckError('INVALID_INPUT', `query.to: the window may span at most ${MAX_WINDOW_DAYS} days`, {
      details: { field: 'query.to' },
    });
  }
  if (from > to) throw new NoticeCheckError('INVALID_INPUT', 'query.from: must not be after to', { details: { field: 'query.from' } });
  return { from, to };
}
