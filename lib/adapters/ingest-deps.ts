/** Composition root of the ingest function: adapters plus the real domain (text extraction included). */
import type { Config } from '../config.ts';
import { analyzeAgreement } from '../contract/analyze.ts';
import { analyzeLetter } from '../letter/analyze-letter.ts';
import { extractTextBounded } from '../text/extract-text-bounded.ts';
import type { OcrEngine, StoredDocument } from '../text/ocr/ocr-engine.ts';
import { withinTime } from '../text/ocr/time-bounded-ocr.ts';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../text/parse-limits.ts';
import { agreementDeadlines } from '../verdict/agreement-deadlines.ts';
import { judgeLetter } from '../verdict/judge.ts';
import type { IngestDeps } from '../app/ingest-object.ts';
import type { Clock, DomainPort } from '../app/ports.ts';
import { withScanReading } from '../app/scan-reading.ts';
import { dynamoClient, s3Client } from './clients.ts';
import { systemClock } from './deps.ts';
import { dynamoContractRepository } from './dynamo-contract-repository.ts';
import { dynamoReviewRepository } from './dynamo-review-repository.ts';
import { ocrEngineFor, PAGE_MS } from './ocr-engines.ts';
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

/**
 * Time kept back after the last OCR'd page for analysis, the writes and, on TIMEOUT, recording the failure.
 * The ingest function has 60 s (serverless.yml).
 */
export const INGEST_RESERVE_MS = 10_000;

/**
 * The engine bounded by an invocation's time left: a page that would not fit stops the reading with
 * TIMEOUT while there is still time to record it.
 * @example boundedOcr(engine, () => context.getRemainingTimeInMillis())
 */
export const boundedOcr = (ocr: OcrEngine, remainingMs: () => number): OcrEngine =>
  withinTime(ocr, { remainingMs, reserveMs: INGEST_RESERVE_MS, pageMs: PAGE_MS[ocr.name] });

/**
 * The ingest use case's dependencies. Scanned pages are read by `ocr`, by default the engine the
 * configuration names (`OCR_ENGINE`).
 * @example ingestDeps(config, systemClock, realDomain(config.parsing), boundedOcr(engine, () => context.getRemainingTimeInMillis()))
 */
export function ingestDeps(
  config: Config,
  clock: Clock = systemClock,
  domain: DomainPort = realDomain(config.parsing),
  ocr: OcrEngine | undefined = ocrEngineFor(config),
): IngestDeps {
  // The bytes downloaded for a document remember where they are stored, so that an engine that reads a
  // long scan from S3 itself (Textract's asynchronous job) is told which object and version they are.
  const storedAt = new WeakMap<Uint8Array, StoredDocument>();
  const objects = s3ObjectStore(s3Client(config), config.bucketName);
  return {
    config,
    clock,
    domain: withScanReading(domain, ocr, (bytes) => storedAt.get(bytes)),
    contracts: dynamoContractRepository(dynamoClient(config), config.tableName),
    reviews: dynamoReviewRepository(dynamoClient(config), config.tableName),
    objects: {
      ...objects,
      async getBytes(key, versionId) {
        const bytes = await objects.getBytes(key, versionId);
        storedAt.set(bytes, { bucket: config.bucketName, key, versionId: versionId ?? null });
        return bytes;
      },
    },
    texts: s3DocumentTextStore(s3Client(config), config.bucketName),
  };
}
