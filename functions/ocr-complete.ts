// SNS (Textract announces a finished job on the completion topic) → resume the ingest of the scan it read.
// SNS invokes asynchronously: a thrown error makes Lambda retry the event twice, then send it to the
// function's failure queue; the resume itself is idempotent per job and object version.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context, SNSEvent } from 'aws-lambda';
import { dynamoClient, s3Client } from '../lib/adapters/clients.ts';
import { correlationOfObject, logger } from '../lib/adapters/logger.ts';
import { withVerdictMetrics } from '../lib/adapters/metered-contracts.ts';
import { metrics, recordIngestFailure, recordOcrResume } from '../lib/adapters/metrics.ts';
import { ocrResumeDeps } from '../lib/adapters/ocr-resume-deps.ts';
import { textractClient } from '../lib/adapters/textract-client.ts';
import { traced, tracer } from '../lib/adapters/tracer.ts';
import { parseOcrCompletion } from '../lib/app/ocr-completion.ts';
import { resumeOcr, type OcrResumeOutcome } from '../lib/app/ocr-resume.ts';
import { config } from '../lib/config.ts';
import { isNoticeCheckError } from '../lib/errors.ts';

const settings = config();
traced(dynamoClient(settings));
traced(s3Client(settings));
traced(textractClient(settings));

const ocrComplete = async (event: SNSEvent, context: Context): Promise<OcrResumeOutcome[]> => {
  const deps = ocrResumeDeps(settings, {
    remainingMs: () => context.getRemainingTimeInMillis(),
    contracts: (contracts) => withVerdictMetrics(contracts, metrics),
  });
  const outcomes: OcrResumeOutcome[] = [];
  let failure: unknown;
  for (const record of event.Records) {
    const parsed = parseOcrCompletion(record.Sns.Message);
    if (!parsed.ok) {
      logger.warn('ocr completion dropped', { messageId: record.Sns.MessageId, reason: parsed.reason });
      outcomes.push({ outcome: 'dropped', reason: parsed.reason });
      recordOcrResume(metrics, { outcome: 'dropped', reason: parsed.reason });
      continue;
    }
    const { completion } = parsed;
    logger.setCorrelationId(correlationOfObject(completion.objectKey, null));
    try {
      const outcome = await resumeOcr(deps, completion);
      const facts = { jobId: completion.jobId, status: completion.status, ...outcome };
      if (outcome.outcome === 'dropped') logger.warn('ocr completion dropped', facts);
      else logger.info('ocr resumed', facts);
      recordOcrResume(metrics, outcome);
      outcomes.push(outcome);
    } catch (error) {
      logger.error('ocr resume failed; the completion will be retried', { jobId: completion.jobId, error: error as Error });
      recordIngestFailure(metrics, isNoticeCheckError(error) ? error.code : 'INTERNAL');
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
  return outcomes;
};

export const handler = middy(ocrComplete)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
