/** Composition root of the ingest function: adapters plus the real domain (text extraction included). */
import type { Config } from '../config.ts';
import { analyzeAgreement } from '../contract/analyze.ts';
import { analyzeLetter } from '../letter/analyze-letter.ts';
import { extractTextBounded } from '../text/extract-text-bounded.ts';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../text/parse-limits.ts';
import { agreementDeadlines } from '../verdict/agreement-deadlines.ts';
import { judgeLetter } from '../verdict/judge.ts';
import type { IngestDeps } from '../app/ingest-object.ts';
import type { Clock, DomainPort } from '../app/ports.ts';
import { dynamoClient, s3Client } from './clients.ts';
import { systemClock } from './deps.ts';
import { dynamoContractRepository } from './dynamo-contract-repository.ts';
import { dynamoReviewRepository } from './dynamo-review-repository.ts';
import { s3DocumentTextStore } from './s3-document-text-store.ts';
import { s3ObjectStore } from './s3-object-store.ts';

/**
 * The domain as ingest runs it: uploads are untrusted, so text is extracted in a child process with the
 * configured parsing limits (a hostile file ends FAILED with TOO_COMPLEX or TIMEOUT, not in a crashed function).
 */
export const realDomain = (limits: ParseLimits = DEFAULT_PARSE_LIMITS): DomainPort => ({
  extractText: (bytes, options) => extractTextBounded(bytes, { ...options, limits }),
  analyzeAgreement,
  analyzeLetter,
  judgeLetter,
  agreementDeadlines,
});

export function ingestDeps(config: Config, clock: Clock = systemClock, domain: DomainPort = realDomain(config.parsing)): IngestDeps {
  return {
    config,
    clock,
    domain,
    contracts: dynamoContractRepository(dynamoClient(config), config.tableName),
    reviews: dynamoReviewRepository(dynamoClient(config), config.tableName),
    objects: s3ObjectStore(s3Client(config), config.bucketName),
    texts: s3DocumentTextStore(s3Client(config), config.bucketName),
  };
}
