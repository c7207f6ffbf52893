/** Loads a sample event from events/ as a fresh copy, so each test can change one field. */
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, S3Event, ScheduledEvent, SNSEvent } from 'aws-lambda';

interface EventFiles {
  's3-object-created': S3Event;
  schedule: ScheduledEvent;
  /** Textract's job completion as the ocrComplete function receives it (the message is Textract's JSON). */
  'sns-ocr-completion': SNSEvent;
  'http-post-document': APIGatewayProxyEventV2WithJWTAuthorizer;
  'http-get-contracts': APIGatewayProxyEventV2WithJWTAuthorizer;
  'http-get-contract': APIGatewayProxyEventV2WithJWTAuthorizer;
  'http-get-verdicts': APIGatewayProxyEventV2WithJWTAuthorizer;
  'http-get-deadlines': APIGatewayProxyEventV2WithJWTAuthorizer;
  'http-get-deadlines-ics': APIGatewayProxyEventV2WithJWTAuthorizer;
}

const cache = new Map<string, unknown>();

export function loadEvent<N extends keyof EventFiles>(name: N): EventFiles[N] {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(new URL(`../../events/${name}.json`, import.meta.url), 'utf8')));
  return structuredClone(cache.get(name)) as EventFiles[N];
}

/** An HTTP API event for `tenant` (or without any identity when `tenant` is null). */
export function httpEvent<N extends Extract<keyof EventFiles, `http-${string}`>>(
  name: N,
  tenant: string | null,
  claim = 'custom:tenantId',
): EventFiles[N] {
  const event = loadEvent(name);
  const claims = event.requestContext.authorizer.jwt.claims;
  if (tenant === null) delete claims[claim];
  else claims[claim] = tenant;
  return event;
}
