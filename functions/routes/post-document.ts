// POST /contracts/{contractId}/documents — a presigned upload URL for an agreement or a letter.
import { createUpload } from '../../lib/app/create-upload.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, jsonBody, parse, uploadRequestSchema } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const postDocument: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const request = parse(uploadRequestSchema, jsonBody(event.body, event.isBase64Encoded), 'body');
  const ticket = await createUpload(deps, tenantId, contractId, request);
  return json(201, ticket);
};
