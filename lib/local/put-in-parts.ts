/**
 * Stores one large PUT in the emulator as a multipart upload. The emulator refuses request bodies over
 * 11 MiB (its HTTP server's fixed body limit), though S3 takes a single PUT of up to 5 GB; so the local S3
 * endpoint passes a large upload on in parts, and an upload up to the service's own limit (25 MB) is stored
 * as it would be in AWS. The emulator reports a completed multipart upload as a stored object, like a PUT.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

/** Parts of 8 MiB: above S3's 5 MiB minimum part, below the emulator's 11 MiB body limit. */
export const PART_BYTES = 8 * 1_048_576;

export interface PartsTarget {
  bucket: string;
  key: string;
  contentType?: string;
}

/**
 * @example await putInParts(s3, { bucket: 'documents', key: 'tenants/t/…/big.pdf', contentType: 'application/pdf' }, request) // '"…-4"'
 */
export async function putInParts(
  s3: S3Client,
  target: PartsTarget,
  body: AsyncIterable<Uint8Array>,
  partBytes = PART_BYTES,
): Promise<string> {
  const { bucket, key } = target;
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: target.contentType }));
  const parts: Array<{ ETag: string | undefined; PartNumber: number }> = [];
  const upload = async (bytes: Buffer) => {
    const PartNumber = parts.length + 1;
    const { ETag } = await s3.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber, Body: bytes }));
    parts.push({ ETag, PartNumber });
  };
  try {
    let pending: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      pending.push(Buffer.from(chunk));
      size += chunk.byteLength;
      while (size >= partBytes) {
        const all = Buffer.concat(pending);
        await upload(all.subarray(0, partBytes));
        pending = [all.subarray(partBytes)];
        size = all.byteLength - partBytes;
      }
    }
    if (size > 0 || parts.length === 0) await upload(Buffer.concat(pending));
    const done = await s3.send(
      new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }),
    );
    return done.ETag ?? '';
  } catch (error) {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId })).catch(() => undefined);
    throw error;
  }
}
