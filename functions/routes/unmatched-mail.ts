// GET /mail/unmatched — the tenant's inbound mail that named no contract of theirs, with candidate agreements.
// POST /mail/unmatched/{messageId}/assign — files one such message as a letter of a contract, to be judged.
import { assignUnmatchedMail, listUnmatchedMail } from '../../lib/app/inbound-unmatched.ts';
import { json } from '../../lib/http/responses.ts';
import { assignMailRequestSchema, idSchema, jsonBody, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getUnmatchedMail: Route = async ({ tenantId, deps }) => json(200, { items: await listUnmatchedMail(deps, tenantId) });

export const assignUnmatchedMailRoute: Route = async ({ event, tenantId, deps }) => {
  const messageId = parse(idSchema, event.pathParameters?.messageId, 'messageId');
  const { contractId } = parse(assignMailRequestSchema, jsonBody(event.body, event.isBase64Encoded), 'body');
  // 202: the message is now the contract's letter; ingest judges it from the S3 event its copy raises.
  return json(202, await assignUnmatchedMail(deps, tenantId, messageId, contractId));
};
