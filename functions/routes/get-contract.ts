// GET /contracts/{contractId} — agreement summary, provisions, deadlines and documents with their status.
import { getContract } from '../../lib/app/contract-queries.ts';
import { NoticeCheckError } from '../../lib/errors.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getContractRoute: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const contract = await getContract(deps, tenantId, contractId);
  // Another tenant's contract is not in this tenant's partition: it answers exactly like a missing one.
  if (!contract) throw new NoticeCheckError('NOT_FOUND', 'Contract not found');
  return json(200, contract);
};
