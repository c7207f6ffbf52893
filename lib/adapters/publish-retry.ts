/**
 * The SNS client's retry rule: retry a publish only when SNS surely refused it (throttling), never after a
 * timeout or a server error. A publish to a standard topic is not idempotent, so the SDK's usual retries
 * turn one lost answer into three deliveries; an alert whose publish failed is left to the alert outbox,
 * which sends it on the next run under the same alert id.
 */
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

const MAX_RETRIES = 2;
const BASE_DELAY_MS = 100;

const token = (retryCount: number): RetryToken => ({
  getRetryCount: () => retryCount,
  // Full jitter, as the SDK's own backoff: spread the retries of concurrent callers.
  getRetryDelay: () => (retryCount === 0 ? 0 : Math.round(Math.random() * BASE_DELAY_MS * 2 ** retryCount)),
});

/**
 * @example new SNSClient({ retryStrategy: throttlingOnlyRetry }) // a TimeoutError is thrown at once, a ThrottlingException retried
 */
export const throttlingOnlyRetry: RetryStrategyV2 = {
  acquireInitialRetryToken: async () => token(0),
  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo) {
    if (info.errorType !== 'THROTTLING' || previous.getRetryCount() >= MAX_RETRIES) throw info.error ?? new Error('Publish failed');
    return token(previous.getRetryCount() + 1);
  },
  recordSuccess: () => undefined,
};
