/** Inbound mail in the documents bucket: raw messages from SES, delivered letters and unmatched mail. */
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { MailStore, StoredMail } from '../app/inbound-ports.ts';

const isMissing = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404);

/** @example await s3MailStore(s3Client(config), config.bucketName).list('tenants/acme/unmatched/', 100) */
export function s3MailStore(client: S3Client, bucket: string): MailStore {
  return {
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async list(prefix, limit) {
      const found: StoredMail[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
          if (object.Key) found.push({ key: object.Key, storedAt: object.LastModified?.toISOString() ?? null });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token && found.length < limit * 10);
      return found.sort((a, b) => (a.storedAt ?? '').localeCompare(b.storedAt ?? '')).slice(0, limit);
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
