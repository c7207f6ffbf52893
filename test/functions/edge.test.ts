/** The edge's error mapping, rendered by @middy/http-error-handler exactly as the API function registers it. */
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { NoticeCheckError } from '../../lib/errors.ts';
import { INTERNAL_ERROR_BODY, STATUS_BY_CODE, toHttpError } from '../../lib/http/error-response.ts';

const render = (error: unknown) =>
  middy(async () => {
    throw toHttpError(error);
  }).use(httpErrorHandler({ logger: false, fallbackMessage: INTERNAL_ERROR_BODY }))({}, {} as Context) as Promise<{
    statusCode: number;
    body: string;
    headers: Record<string, string>;
  }>;

describe('errors at the edge', () => {
  it.each([
    ['INVALID_INPUT', 400],
    ['UNAUTHORIZED', 401],
    ['NOT_FOUND', 404],
    ['TOO_LARGE', 413],
    ['NO_TEXT', 422],
  ] as const)('%s answers %i with its code and message', async (code, status) => {
    const response = await render(new NoticeCheckError(code, 'what to fix'));
    expect(response.statusCode).toBe(status);
    expect(JSON.parse(response.body)).toEqual({ code, message: 'what to fix' });
    expect(response.headers['Content-Type']).toBe('application/json');
  });

  it('a bug answers a bare 500: no message, no stack', async () => {
    const response = await render(new TypeError("Cannot read properties of undefined (reading 'x') at /var/task/index.mjs:1"));
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ code: 'INTERNAL', message: 'Internal error' });
  });

  it('a configuration error is not exposed either', async () => {
    const response = await render(new NoticeCheckError('CONFIG', 'Environment variable TABLE_NAME is required'));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('TABLE_NAME');
  });

  it('a transient failure answers 503 without its internal cause', async () => {
    const response = await render(
      new NoticeCheckError('TRANSIENT', 'DynamoDB throttled on table x', { cause: new Error('ThrottlingException') }),
    );
    expect(response.statusCode).toBe(503);
    expect(response.body).not.toContain('DynamoDB');
  });

  it('every error code has a status', () => {
    for (const status of Object.values(STATUS_BY_CODE)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
