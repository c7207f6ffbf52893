// S3 ObjectCreated → ingest each uploaded document. Invoked asynchronously: a thrown error makes Lambda
// retry the event, then send it to the dead-letter queue; ingest itself is idempotent per object version.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { ingestDeps } from '../lib/adapters/ingest-deps.ts';
import { logger } from '../lib/adapters/logger.ts';
import { ingestObject, type IngestOutcome } from '../lib/app/ingest-object.ts';
import { config } from '../lib/config.ts';

const deps = ingestDeps(config());

/** S3 event keys are URL-encoded with '+' for spaces. */
export const objectKeyOf = (encoded: string): string => decodeURIComponent(encoded.replace(/\+/g, ' '));

const ingest = async (event: S3Event): Promise<IngestOutcome[]> => {
  const outcomes: IngestOutcome[] = [];
  let failure: unknown;
  for (const record of event.Records) {
    const key = objectKeyOf(record.s3.object.key);
    try {
      const outcome = await ingestObject(deps, { key, versionId: record.s3.object.versionId ?? null, etag: record.s3.object.eTag ?? null });
      logger.info('ingested', { key, ...outcome });
      outcomes.push(outcome);
    } catch (error) {
      logger.error('ingest failed; the event will be retried', { key, error: error as Error });
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
  return outcomes;
};

export const handler = middy(ingest).use(injectLambdaContext(logger, { resetKeys: true }));
