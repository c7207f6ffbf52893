/**
 * The structured logger shared by the handlers (Powertools: JSON lines with the Lambda context). Each log line
 * carries a correlation id: the API Gateway request id for the API, the S3 object key and version for ingest
 * (see `correlationOfObject`), so an operator can follow one request or one upload through every line.
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'contract-notice-checker' });

/**
 * The correlation id of one uploaded object version.
 * @example correlationOfObject('tenants/acme/contracts/c1/letter/d1/notice.pdf', '3HL4kqtJ') // 'tenants/acme/…/notice.pdf#3HL4kqtJ'
 */
export function correlationOfObject(key: string, versionId: string | null | undefined): string {
  return versionId ? `${key}#${versionId}` : key;
}
