/**
 * The caller's tenant, from the claims the API Gateway JWT authorizer verified. The claim's name is
 * configurable (TENANT_CLAIM); a token without it, or with an unusable value, is not an identity: 401.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { isValidId } from '../adapters/keys.ts';
import { NoticeCheckError } from '../errors.ts';

export function tenantOf(event: APIGatewayProxyEventV2WithJWTAuthorizer, claim: string): string {
  const value = event.requestContext?.authorizer?.jwt?.claims?.[claim];
  const tenant = typeof value === 'number' ? String(value) : value;
  if (typeof tenant !== 'string' || !isValidId(tenant)) {
    throw new NoticeCheckError('UNAUTHORIZED', 'A valid bearer token with a tenant is required');
  }
  return tenant;
}
