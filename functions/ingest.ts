// S3 ObjectCreated → ingest each uploaded document. Invoked asynchronously: a thrown error makes Lambda
// retry the event, then send it to the dead-letter queue; ingest itself is idempotent per object version.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context, S3Event } from 'aws-lambda';
import { dynamoClient, s3Client } from '../lib/adapters/clients.ts';
import { systemClock } from '../lib/adapters/deps.ts';
import { boundedOcr, ingestDeps, realDomain } from '../lib/adapters/ingest-deps.ts';
import { correlationOfObject, logger } from '../lib/adapters/logger.ts';
import { withVerdictMetrics } from '../lib/adapters/metered-contracts.ts';
import { ocrEngineFor } from '../lib/adapters/ocr-engines.ts';
import { metrics, recordIngestFailure, recordIngestOutcome } from '../lib/adapters/metrics.ts';
import { traced, tracer } from '../lib/adapters/tracer.ts';
import { ingestObject, type IngestOutcome } from '../lib/app/ingest-object.ts';
import { decodeEventKey } from '../lib/app/object-key.ts';
import { config } from '../lib/config.ts';
import { isNoticeCheckError } from '../lib/errors.ts';

const settings = config();
traced(dynamoClient(settings));
traced(s3Client(settings));
// One engine per container (a started tesseract worker is kept warm); each invocation bounds it by its own time left.
const ocr = ocrEngineFor(settings);
const depsFor = (context: Context) => {
  const base = ingestDeps(settings, systemClock, realDomain(), ocr && boundedOcr(ocr, () => context.getRemainingTimeInMillis()));
  return { ...base, contracts: withVerdictMetrics(base.contracts, metrics) };
};

const ingest = async (event: S3Event, context: Context): Promise<IngestOutcome[]> => {
  const deps = depsFor(context);
  const outcomes: IngestOutcome[] = [];
  let failure: unknown;
  for (const record of event.Records) {
    // One bad record is set aside alone: it is logged and the others are still ingested.
    const key = decodeEventKey(record.s3?.object?.key ?? '');
    if (key === null) {
      logger.error('ingest ignored a record whose key is not valid URL encoding', { key: record.s3?.object?.key });
      outcomes.push({ outcome: 'ignored', reason: 'the object key is not valid URL encoding' });
      continue;
    }
    logger.setCorrelationId(correlationOfObject(key, record.s3.object.versionId));
    try {
      const { versionId, eTag, sequencer } = record.s3.object;
      const outcome = await ingestObject(deps, { key, versionId: versionId ?? null, etag: eTag ?? null, sequencer: sequencer ?? null });
      // A hand-off is logged as such: the document stays PENDING until its OCR job's completion resumes it.
      logger.info(outcome.outcome === 'handed-off' ? 'ingest handed off to the OCR job' : 'ingested', { key, ...outcome });
      recordIngestOutcome(metrics, outcome);
      outcomes.push(outcome);
    } catch (error) {
      logger.error('ingest failed; the event will be retried', { key, error: error as Error });
      recordIngestFailure(metrics, isNoticeCheckError(error) ? error.code : 'INTERNAL');
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
  return outcomes;
};

export const handler = middy(ingest)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
