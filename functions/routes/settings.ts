// GET /settings and PUT /settings — the tenant's review settings.
import { getSettings, putSettings } from '../../lib/app/settings.ts';
import { json } from '../../lib/http/responses.ts';
import { settingsSchema } from '../../lib/http/review-validation.ts';
import { jsonBody, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getSettingsRoute: Route = async ({ tenantId, deps }) => json(200, await getSettings(deps, tenantId));

export const putSettingsRoute: Route = async ({ event, tenantId, deps }) => {
  const settings = parse(settingsSchema, jsonBody(event.body, event.isBase64Encoded), 'body');
  return json(200, await putSettings(deps, tenantId, settings));
};
