// GET /deadlines?from=&to= — the caller's deadlines whose last day falls in the window.
import { listDeadlines } from '../../lib/app/contract-queries.ts';
import { json } from '../../lib/http/responses.ts';
import { deadlineWindow } from './deadline-window.ts';
import type { Route } from './route.ts';

export const getDeadlines: Route = async ({ event, tenantId, deps }) => {
  const window = deadlineWindow(event, deps.clock.now());
  const items = await listDeadlines(deps, tenantId, window);
  return json(200, { ...window, items });
};
