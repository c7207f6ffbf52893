/** The SNS client for deadline alerts, one per container. */
import { SNSClient } from '@aws-sdk/client-sns';
import { local, memo } from './client-options.ts';
import { throttlingOnlyRetry } from './publish-retry.ts';

// Timeouts: without them a hung connection holds the alert run until Lambda kills it, mid-claim. A publish
// that times out is not retried by the SDK (lib/adapters/publish-retry.ts): the outbox gives it to the next
// run, and the alert id lets subscribers drop the duplicate if the first attempt did reach SNS.
// throwOnRequestTimeout: without it the SDK only logs a warning when the request timeout passes, and waits on.
export const SNS_REQUEST_HANDLER = { connectionTimeout: 3_000, requestTimeout: 10_000, throwOnRequestTimeout: true };

export const snsClient = /* @__PURE__ */ memo(
  (config) =>
    new SNSClient({
      region: config.region,
      retryStrategy: throttlingOnlyRetry,
      requestHandler: SNS_REQUEST_HANDLER,
      ...local(config.endpoints.sns),
    }),
);
