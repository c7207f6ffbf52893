/**
 * Extracted document text as JSON objects in the documents bucket, under `texts/` — outside `tenants/`,
 * whose object-created events start ingest, so writing a text never re-triggers it.
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentTextStore } from '../app/ports.ts';
import type { ExtractedText } from '../domain/types.ts';

/**
 * The key of a document's text: one object per document, replaced by each new version.
 * @example documentTextKey('acme', 'c-1', 'd-1') // 'texts/acme/c-1/d-1.json'
 */
export const documentTextKey = (tenantId: string, contractId: string, documentId: string): string =>
  `texts/${tenantId}/${contractId}/${documentId}.json`;

export function s3DocumentTextStore(client: S3Client, bucket: string): DocumentTextStore {
  return {
    async put(tenantId, contractId, documentId, text) {
      const body: ExtractedText = { text: text.text, pages: text.pages, pageStarts: text.pageStarts, format: text.format };
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: documentTextKey(tenantId, contractId, documentId),
          Body: JSON.stringify(body),
          ContentType: 'application/json',
        }),
      );
    },

    async get(tenantId, contractId, documentId) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: documentTextKey(tenantId, contractId, documentId) }));
        return object.Body ? (JSON.parse(await object.Body.transformToString()) as ExtractedText) : null;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404)) return null;
        throw error;
      }
    },
  };
}
