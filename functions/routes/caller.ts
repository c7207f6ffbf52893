/**
 * Who is calling, from the verified token: the subject owns feeds; history names the person by email when the
 * token carries one (people recognise an address, not a subject id), else by subject.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { NoticeCheckError } from '../../lib/errors.ts';

export interface Caller {
  subject: string;
  name: string;
}

export function callerOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims ?? {};
  const subject = typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : null;
  if (!subject) throw new NoticeCheckError('UNAUTHORIZED', 'A bearer token with a subject is required');
  const email = typeof claims.email === 'string' && claims.email.includes('@') ? claims.email : null;
  return { subject, name: email ?? subject };
}

/** The API's own address as the caller reached it (for the feed URLs it hands out). */
export function apiBaseUrl(event: APIGatewayProxyEventV2WithJWTAuthorizer): string {
  const host = event.requestContext.domainName;
  const forwarded = event.headers?.['x-forwarded-proto'];
  const proto = forwarded ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}
