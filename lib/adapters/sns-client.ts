/** The SNS client for deadline alerts, one per container. */
import { SNSClient } from '@aws-sdk/client-sns';
import { local, memo } from './client-options.ts';

// Timeouts: without them a hung connection holds the alert run until Lambda kills it, mid-claim. A publish
// that times out is retried by the SDK, then left claimed for the next run; the alert id lets subscribers
// drop the duplicate if the first attempt did reach SNS.
const REQUEST_HANDLER = { connectionTimeout: 3_000, requestTimeout: 10_000 };

export const snsClient = /* @__PURE__ */ memo(
  (config) => new SNSClient({ region: config.region, maxAttempts: 3, requestHandler: REQUEST_HANDLER, ...local(config.endpoints.sns) }),
);
