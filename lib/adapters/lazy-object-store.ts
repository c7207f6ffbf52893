import type { ObjectStore } from '../app/ports.ts';

/**
 * An ObjectStore built on first use. The API needs S3 only to presign uploads, and the S3 client (with its
 * presigner) is the largest part of the AWS SDK: loading it when an upload is first requested keeps it out
 * of every other route's cold start. A failed load is retried on the next call rather than remembered.
 * @example const objects = lazyObjectStore(async () => s3ObjectStore(s3Client(config), bucket)); await objects.presignPut(...)
 */
export function lazyObjectStore(load: () => Promise<ObjectStore>): ObjectStore {
  let store: Promise<ObjectStore> | undefined;
  const loaded = (): Promise<ObjectStore> =>
    (store ??= load().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  return {
    head: async (key, versionId) => (await loaded()).head(key, versionId),
    getBytes: async (key, versionId) => (await loaded()).getBytes(key, versionId),
    presignPut: async (input) => (await loaded()).presignPut(input),
  };
}
