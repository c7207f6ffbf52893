// GET /contracts/{contractId}/verdicts — each letter's verdict, the object `notice-check check --json` prints.
import { listVerdicts } from '../../lib/app/contract-queries.ts';
import { NoticeCheckError } from '../../lib/errors.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getVerdicts: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const items = await listVerdicts(deps, tenantId, contractId);
  if (!items) throw new NoticeCheckError('NOT_FOUND', 'Contract not found');
  return json(200, { items });
};
