/** What every API route receives: the verified request, the caller's tenant and the container's deps. */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ApiDeps } from '../../lib/adapters/deps.ts';

export interface RouteContext {
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  tenantId: string;
  deps: ApiDeps;
}

export type Route = (context: RouteContext) => Promise<APIGatewayProxyStructuredResultV2>;

/** A route without an authorizer (the secret feed URL): no tenant until the handler finds one. */
export type PublicRoute = ((context: Omit<RouteContext, 'tenantId'>) => Promise<APIGatewayProxyStructuredResultV2>) & { public: true };
