// POST /feeds, GET /feeds, DELETE /feeds/{feed} — the caller's secret calendar feed URLs.
import { createFeed, listFeeds, revokeFeed } from '../../lib/app/feeds.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, parse } from '../../lib/http/validation.ts';
import { apiBaseUrl, callerOf } from './caller.ts';
import type { Route } from './route.ts';

export const postFeed: Route = async ({ event, tenantId, deps }) =>
  json(201, await createFeed(deps, tenantId, callerOf(event).subject, apiBaseUrl(event)));

export const getFeeds: Route = async ({ event, tenantId, deps }) =>
  json(200, { items: await listFeeds(deps, tenantId, callerOf(event).subject) });

export const deleteFeed: Route = async ({ event, tenantId, deps }) => {
  const feedId = parse(idSchema, event.pathParameters?.feed, 'feed');
  await revokeFeed(deps, tenantId, callerOf(event).subject, feedId);
  return { statusCode: 204 };
};
