/**
 * Composition root of the ocrComplete function: the resume use case over the ingest function's own
 * dependencies, with scanned pages answered from the finished Textract job and bounded by the time the
 * invocation has left, exactly as ingest bounds them.
 */
import type { TextractClient } from '@aws-sdk/client-textract';
import type { Config } from '../config.ts';
import { ingestObject } from '../app/ingest-object.ts';
import type { OcrResumeDeps } from '../app/ocr-resume.ts';
import type { Clock, ContractRepository, DomainPort } from '../app/ports.ts';
import { dynamoClient } from './clients.ts';
import { systemClock } from './deps.ts';
import { dynamoContractRepository } from './dynamo-contract-repository.ts';
import { boundedOcr, ingestDeps, realDomain } from './ingest-deps.ts';
import { textractResumeOcr } from './ocr-engines.ts';
import { textractClient } from './textract-client.ts';

export interface OcrResumeOptions {
  /** The invocation's time left (Lambda's `context.getRemainingTimeInMillis`). */
  remainingMs: () => number;
  clock?: Clock;
  domain?: DomainPort;
  /** Textract; by default the container's client. */
  textract?: Pick<TextractClient, 'send'>;
  /** Decorates the repository the ingest writes through (the handler counts verdicts). */
  contracts?: (repository: ContractRepository) => ContractRepository;
}

/**
 * @example ocrResumeDeps(config, { remainingMs: () => context.getRemainingTimeInMillis() })
 */
export function ocrResumeDeps(config: Config, options: OcrResumeOptions): OcrResumeDeps {
  const client = options.textract ?? textractClient(config);
  const clock = options.clock ?? systemClock;
  const domain = options.domain ?? realDomain(config.parsing);
  return {
    bucketName: config.bucketName,
    documents: dynamoContractRepository(dynamoClient(config), config.tableName),
    finishedJob: (jobId) => textractResumeOcr(client, jobId),
    ingest(input, ocr) {
      const deps = ingestDeps(config, clock, domain, boundedOcr(ocr, options.remainingMs));
      return ingestObject(options.contracts ? { ...deps, contracts: options.contracts(deps.contracts) } : deps, input);
    },
  };
}
