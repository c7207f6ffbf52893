// S3 ObjectCreated under inbound/ (SES's receipt rule stores each message there, resources/inbound-email.yml)
// → route the message to the contract its address names, or keep it as unmatched. Invoked asynchronously:
// a thrown error makes Lambda retry the event; routing is idempotent per raw object key.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { dynamoClient, s3Client } from '../lib/adapters/clients.ts';
import { dynamoContractRepository } from '../lib/adapters/dynamo-contract-repository.ts';
import { logger } from '../lib/adapters/logger.ts';
import { s3MailStore } from '../lib/adapters/s3-mail-store.ts';
import { type InboundOutcome, routeInboundMail } from '../lib/app/inbound-mail.ts';
import { decodeEventKey } from '../lib/app/object-key.ts';
import { config } from '../lib/config.ts';

const settings = config();
const deps = {
  config: settings,
  contracts: dynamoContractRepository(dynamoClient(settings), settings.tableName),
  mail: s3MailStore(s3Client(settings), settings.bucketName),
};

const inboundMail = async (event: S3Event): Promise<InboundOutcome[]> => {
  const outcomes: InboundOutcome[] = [];
  for (const record of event.Records) {
    const key = decodeEventKey(record.s3?.object?.key ?? '');
    if (key === null) {
      outcomes.push({ outcome: 'ignored', reason: 'the object key is not valid URL encoding' });
      continue;
    }
    const outcome = await routeInboundMail(deps, { key });
    logger.info('inbound mail routed', { key, ...outcome });
    outcomes.push(outcome);
  }
  return outcomes;
};

export const handler = middy(inboundMail).use(injectLambdaContext(logger, { resetKeys: true }));
