// GET /deadlines.ics — the same deadlines as an iCalendar feed (recent past included, so calendars keep them).
import { deadlinesIcs } from '../../lib/app/deadlines-ics.ts';
import { calendar } from '../../lib/http/responses.ts';
import { deadlineWindow } from './deadline-window.ts';
import type { Route } from './route.ts';

export const getDeadlinesIcs: Route = async ({ event, tenantId, deps }) => {
  const window = deadlineWindow(event, deps.clock.now(), 90);
  return calendar(await deadlinesIcs(deps, tenantId, window));
};
