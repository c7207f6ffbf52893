/** The structured logger shared by the handlers (Powertools: JSON lines with the Lambda context). */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'contract-notice-checker' });
