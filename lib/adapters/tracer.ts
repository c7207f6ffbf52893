/**
 * The X-Ray tracer (Powertools) of the ingest and alert functions: a segment per invocation with the AWS SDK
 * calls as subsegments. The API function relies on Lambda's active tracing alone, because the tracer's X-Ray
 * SDK would add to every cold start of the request path (docs/operations.md). Outside Lambda it is a no-op.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';

export const tracer = new Tracer({ serviceName: 'contract-notice-checker' });

/** Records the client's calls as subsegments; returns the same client. */
export function traced<T>(client: T): T {
  return tracer.captureAWSv3Client(client as never) as T;
}
