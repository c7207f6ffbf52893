// The HTTP API: one function, routed by API Gateway's routeKey. It never loads the PDF engine.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { apiDeps } from '../lib/adapters/deps.ts';
import { logger } from '../lib/adapters/logger.ts';
import { config } from '../lib/config.ts';
import { NoticeCheckError } from '../lib/errors.ts';
import { INTERNAL_ERROR_BODY, toHttpError } from '../lib/http/error-response.ts';
import { tenantOf } from '../lib/http/identity.ts';
import { getContractRoute } from './routes/get-contract.ts';
import { getDocumentTextRoute } from './routes/get-document-text.ts';
import { getContracts } from './routes/get-contracts.ts';
import { getDeadlinesIcs } from './routes/get-deadlines-ics.ts';
import { getDeadlines } from './routes/get-deadlines.ts';
import { getVerdicts } from './routes/get-verdicts.ts';
import { postDocument } from './routes/post-document.ts';
import { deleteFeed, getFeeds, postFeed } from './routes/feeds.ts';
import { getFeedIcs } from './routes/get-feed-ics.ts';
import { getHistory } from './routes/get-history.ts';
import { patchDeadline } from './routes/patch-deadline.ts';
import type { PublicRoute, Route } from './routes/route.ts';
import { getSettingsRoute, putSettingsRoute } from './routes/settings.ts';
import { assignUnmatchedMailRoute, getUnmatchedMail } from './routes/unmatched-mail.ts';

const deps = apiDeps(config());

/** Keys are API Gateway route keys; serverless.yml and docs/openapi.yaml declare the same routes (tested). */
export const routes: Record<string, Route | PublicRoute> = {
  'POST /contracts/{contractId}/documents': postDocument,
  'GET /contracts': getContracts,
  'GET /contracts/{contractId}': getContractRoute,
  'GET /contracts/{contractId}/verdicts': getVerdicts,
  'GET /contracts/{contractId}/documents/{documentId}/text': getDocumentTextRoute,
  'GET /deadlines': getDeadlines,
  'GET /deadlines.ics': getDeadlinesIcs,
  'PATCH /contracts/{contractId}/deadlines/{deadlineId}': patchDeadline,
  'GET /contracts/{contractId}/history': getHistory,
  'GET /settings': getSettingsRoute,
  'PUT /settings': putSettingsRoute,
  'GET /mail/unmatched': getUnmatchedMail,
  'POST /mail/unmatched/{messageId}/assign': assignUnmatchedMailRoute,
  'POST /feeds': postFeed,
  'GET /feeds': getFeeds,
  'DELETE /feeds/{feed}': deleteFeed,
  // One path variable name for both /feeds/{…} routes: the feed's id to revoke it, `<token>.ics` to read it.
  'GET /feeds/{feed}': getFeedIcs,
};

const isPublic = (route: Route | PublicRoute): route is PublicRoute => 'public' in route && route.public === true;

const api = async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyStructuredResultV2> => {
  try {
    logger.setCorrelationId(event.requestContext.requestId);
    const route = routes[event.routeKey];
    if (!route) throw new NoticeCheckError('NOT_FOUND', 'No such route');
    if (isPublic(route)) return await route({ event, deps });
    const tenantId = tenantOf(event, deps.config.tenantClaim);
    logger.appendKeys({ tenantId, routeKey: event.routeKey });
    return await route({ event, tenantId, deps });
  } catch (error) {
    throw toHttpError(error);
  }
};

const logError = (error: Error & { statusCode?: number }) => {
  if ((error.statusCode ?? 500) >= 500) logger.error('request failed', error);
  else logger.info('request refused', { statusCode: error.statusCode });
};

export const handler = middy(api)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(httpErrorHandler({ logger: logError, fallbackMessage: INTERNAL_ERROR_BODY })); // last
