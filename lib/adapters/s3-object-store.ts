/** The document bucket: HEAD before download (size limit), versioned reads, presigned uploads. */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ObjectStore } from '../app/ports.ts';

export function s3ObjectStore(client: S3Client, bucket: string): ObjectStore {
  return {
    async head(key, versionId) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId ?? undefined }));
        return {
          size: head.ContentLength ?? 0,
          etag: head.ETag ? head.ETag.replaceAll('"', '') : null,
          versionId: head.VersionId && head.VersionId !== 'null' ? head.VersionId : null,
          contentType: head.ContentType ?? null,
          lastModified: head.LastModified?.toISOString() ?? null,
        };
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey' || status === 404)) return null;
        throw error;
      }
    },

    async getBytes(key, versionId) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId ?? undefined }));
      if (!object.Body) return new Uint8Array();
      return object.Body.transformToByteArray();
    },

    async presignPut({ key, contentType, contentLength, expiresInSeconds }) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: contentLength });
      // Sign the content type (and length) so the URL cannot be used to store anything else.
      return getSignedUrl(client, command, {
        expiresIn: expiresInSeconds,
        signableHeaders: new Set(['content-type', ...(contentLength === undefined ? [] : ['content-length'])]),
      });
    },
  };
}
