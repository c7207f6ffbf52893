// PATCH /contracts/{contractId}/deadlines/{deadlineId} — confirm, correct (date and reason) or dismiss a deadline.
import { toDeadlineView } from '../../lib/app/contract-queries.ts';
import { reviewDeadline } from '../../lib/app/review-deadline.ts';
import { json } from '../../lib/http/responses.ts';
import { reviewActionSchema } from '../../lib/http/review-validation.ts';
import { idSchema, jsonBody, parse } from '../../lib/http/validation.ts';
import { callerOf } from './caller.ts';
import type { Route } from './route.ts';

export const patchDeadline: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const deadlineId = parse(idSchema, event.pathParameters?.deadlineId, 'deadlineId');
  const action = parse(reviewActionSchema, jsonBody(event.body, event.isBase64Encoded), 'body');
  const updated = await reviewDeadline(deps, tenantId, contractId, deadlineId, action, callerOf(event).name);
  return json(200, toDeadlineView(updated));
};
