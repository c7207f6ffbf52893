// GET /feeds/{feed} with `<token>.ics` — the calendar behind a secret feed URL. No bearer token: the URL is the secret.
import { feedCalendar } from '../../lib/app/feeds.ts';
import { calendar } from '../../lib/http/responses.ts';
import type { PublicRoute } from './route.ts';

export const getFeedIcs: PublicRoute = Object.assign(
  async ({ event, deps }: Parameters<PublicRoute>[0]) => calendar(await feedCalendar(deps, event.pathParameters?.feed ?? '')),
  { public: true as const },
);
