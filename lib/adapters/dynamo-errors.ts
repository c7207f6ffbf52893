/** Classifies SDK failures: a failed condition is an answer, throttling and timeouts are worth a retry. */
import { NoticeCheckError } from '../errors.ts';

export const isConditionFailed = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ConditionalCheckFailedException' || error.name === 'TransactionCanceledException');

const TRANSIENT_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
]);

/** Wraps a retryable AWS failure as TRANSIENT (keeping the cause); anything else is rethrown unchanged. */
export function asTransient(error: unknown, what: string): unknown {
  if (!(error instanceof Error)) return error;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const retryable = (error as { $retryable?: unknown }).$retryable !== undefined;
  if (TRANSIENT_NAMES.has(error.name) || retryable || (status !== undefined && status >= 500) || /ECONNRESET|ECONNREFUSED|ETIMEDOUT/.test(error.message)) {
    return new NoticeCheckError('TRANSIENT', `${what} failed temporarily; it will be retried`, { cause: error });
  }
  return error;
}
