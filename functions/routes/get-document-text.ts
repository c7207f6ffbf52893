// GET /contracts/{contractId}/documents/{documentId}/text — the document's extracted text and page starts.
import { getDocumentText } from '../../lib/app/document-text.ts';
import { NoticeCheckError } from '../../lib/errors.ts';
import { json } from '../../lib/http/responses.ts';
import { idSchema, parse } from '../../lib/http/validation.ts';
import type { Route } from './route.ts';

export const getDocumentTextRoute: Route = async ({ event, tenantId, deps }) => {
  const contractId = parse(idSchema, event.pathParameters?.contractId, 'contractId');
  const documentId = parse(idSchema, event.pathParameters?.documentId, 'documentId');
  const text = await getDocumentText(deps, tenantId, contractId, documentId);
  if (!text) throw new NoticeCheckError('NOT_FOUND', 'No text for this document (unknown, still processing, or failed)');
  return json(200, { documentId, text: text.text, pages: text.pages, pageStarts: text.pageStarts, format: text.format });
};
