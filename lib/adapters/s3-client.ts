/**
 * The S3 client, in a module of its own so that a function can load it on first use (the API presigns
 * uploads on one route only) while the DynamoDB client loads with the function.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { local, memo } from './client-options.ts';

export const s3Client = /* @__PURE__ */ memo(
  (config) =>
    new S3Client({
      region: config.region,
      ...local(config.endpoints.s3),
      ...(config.endpoints.s3 ? { forcePathStyle: true } : {}),
      // Checksums only when an operation demands one: presigned PUTs from browsers and curl cannot add them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
);
