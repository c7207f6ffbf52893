/** The text of one of a tenant's documents, for the web app's document view (clauses shown at their offsets). */
import type { ExtractedText } from '../domain/types.ts';
import type { ContractRepository, DocumentTextStore } from './ports.ts';

export interface DocumentTextDeps {
  contracts: ContractRepository;
  texts: DocumentTextStore;
}

/**
 * The extracted text a document's provisions point into (their `start`/`end` are offsets in `text`, and
 * `pageStarts` maps them to pages), or null when the tenant has no such document or it has no text yet
 * (still processing, failed, or ingested before texts were kept).
 * @example (await getDocumentText(deps, 'acme', 'c-1', 'd-1'))?.text.slice(p.start, p.end) // the quoted clause
 */
export async function getDocumentText(
  deps: DocumentTextDeps,
  tenantId: string,
  contractId: string,
  documentId: string,
): Promise<ExtractedText | null> {
  // The document record is the tenant check: the text's key is never looked up for a document the tenant does not own.
  const document = await deps.contracts.getDocument(tenantId, contractId, documentId);
  if (document?.status !== 'PROCESSED') return null;
  return deps.texts.get(tenantId, contractId, documentId);
}
