/**
 * Composition roots for the API and the alert job: adapters wired to the use cases' ports, once per
 * container. Kept apart from ingest-deps.ts so that neither bundle pulls in the PDF engine.
 */
import type { DocumentTextDeps } from '../app/document-text.ts';
import type { Config } from '../config.ts';
import type { AlertDeps } from '../app/run-alerts.ts';
import type { QueryDeps } from '../app/contract-queries.ts';
import type { UploadDeps } from '../app/create-upload.ts';
import type { FeedDeps } from '../app/feeds.ts';
import type { ReviewDeps } from '../app/review-deadline.ts';
import type { Clock } from '../app/ports.ts';
import type { MailStore } from '../app/inbound-ports.ts';
import type { UnmatchedDeps } from '../app/inbound-unmatched.ts';
import { dynamoClient } from './dynamo-client.ts';
import { snsClient } from './sns-client.ts';
import { dynamoAlertRepository } from './dynamo-alert-repository.ts';
import { dynamoContractRepository } from './dynamo-contract-repository.ts';
import { dynamoFeedRepository } from './dynamo-feed-repository.ts';
import { dynamoReviewRepository } from './dynamo-review-repository.ts';
import { lazyObjectStore } from './lazy-object-store.ts';
import { snsNotifier } from './sns-notifier.ts';

export const systemClock: Clock = { now: () => new Date() };

export type ApiDeps = QueryDeps & UploadDeps & ReviewDeps & FeedDeps & DocumentTextDeps & UnmatchedDeps;

/** The mail store built on first use (once per container), like lazyObjectStore; a failed load is retried. */
function lazyMailStore(config: Config): MailStore {
  let loaded: Promise<MailStore> | undefined;
  const store = (): Promise<MailStore> =>
    (loaded ??= Promise.all([import('./s3-mail-store.ts'), import('./s3-client.ts')]).then(
      ([{ s3MailStore }, { s3Client }]) => s3MailStore(s3Client(config), config.bucketName),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    ));
  return {
    get: async (key) => (await store()).get(key),
    put: async (key, bytes, contentType) => (await store()).put(key, bytes, contentType),
    list: async (prefix, limit) => (await store()).list(prefix, limit),
    delete: async (key) => (await store()).delete(key),
  };
}

export function apiDeps(config: Config, clock: Clock = systemClock): ApiDeps {
  return {
    config,
    clock,
    contracts: dynamoContractRepository(dynamoClient(config), config.tableName),
    reviews: dynamoReviewRepository(dynamoClient(config), config.tableName),
    feeds: dynamoFeedRepository(dynamoClient(config), config.tableName),
    // S3 serves one route (presigned uploads): loaded on its first request, not with every cold start.
    objects: lazyObjectStore(async () => {
      const [{ s3ObjectStore }, { s3Client }] = await Promise.all([import('./s3-object-store.ts'), import('./s3-client.ts')]);
      return s3ObjectStore(s3Client(config), config.bucketName);
    }),
    // Unmatched inbound mail (two routes): S3 again, loaded on their first request only.
    mail: lazyMailStore(config),
    // The document view's text: S3 again, loaded on that route's first request only.
    texts: {
      get: async (...key) => {
        const [{ s3DocumentTextStore }, { s3Client }] = await Promise.all([
          import('./s3-document-text-store.ts'),
          import('./s3-client.ts'),
        ]);
        return s3DocumentTextStore(s3Client(config), config.bucketName).get(...key);
      },
      put: async () => {
        throw new Error('The API never writes document texts');
      },
    },
  };
}

export function alertDeps(config: Config, clock: Clock = systemClock): AlertDeps {
  return {
    config,
    clock,
    alerts: dynamoAlertRepository(dynamoClient(config), config.tableName),
    notifier: snsNotifier(snsClient(config), config.topicArn),
  };
}
