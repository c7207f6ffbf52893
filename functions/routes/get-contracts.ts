// GET /contracts?limit=&cursor= — the caller's contracts, a page at a time.
import { listContracts } from '../../lib/app/contract-queries.ts';
import { json } from '../../lib/http/responses.ts';
import { listContractsQuery, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getContracts: Route = async ({ event, tenantId, deps }) => {
  const query = parse(listContractsQuery, event.queryStringParameters ?? {}, 'query');
  const page = await listContracts(deps, tenantId, query);
  return json(200, page);
};
