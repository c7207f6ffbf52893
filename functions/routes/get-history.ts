// GET /contracts/{contractId}/history — every review decision and proposed deadline, oldest first.
import { listHistory } from '../../lib/app/history.ts';
import { NoticeCheckError } from '../../lib/errors.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getHistory: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const items = await listHistory(deps, tenantId, contractId);
  if (!items) throw new NoticeCheckError('NOT_FOUND', 'Contract not found');
  return json(200, { items });
};
