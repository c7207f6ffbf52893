// GET /deadlines.ics — the same deadlines as an iCalendar feed (recent past included, so calendars keep them).
import { calendar } from '../../lib/http/responses.ts';
import { deadlineWindow } from './deadline-window.ts';
import type { Route } from './route.ts';

export const getDeadlinesIcs: Route = async ({ event, tenantId, deps }) => {
  const window = deadlineWindow(event, deps.clock.now(), 90);
  // The iCalendar writer (ics, with its validator yup) serves this route only: loaded on its first request.
  const { deadlinesIcs } = await import('../../lib/app/deadlines-ics.ts');
  return calendar(await deadlinesIcs(deps, tenantId, window));
};
