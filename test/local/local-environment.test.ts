import { describe, expect, it } from 'vitest';
import { localEnvironment } from '../../lib/local/local-environment.ts';
import type { ServerlessFunction } from '../../lib/local/serverless-functions.ts';

const fn = (environment: Record<string, unknown>): ServerlessFunction => ({
  name: 'api',
  module: 'functions/api',
  exportName: 'handler',
  timeoutSeconds: 10,
  maximumRetryAttempts: 2,
  environment,
  httpApi: [],
  hasS3Event: false,
  s3Prefixes: [],
  hasScheduleEvent: false,
  hasSqsEvent: false,
});

describe('localEnvironment', () => {
  it('keeps plain serverless.yml values, drops unresolved references, and local resources always win', () => {
    const env = localEnvironment(
      [
        fn({
          DEFAULT_ZONE: 'UTC',
          MAX_UPLOAD_BYTES: 26214400,
          TOPIC_ARN: { cloudFormation: '!Ref' },
          TABLE_NAME: '${self:custom.tableName}',
        }),
      ],
      { TABLE_NAME: 'local-table', TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:alerts' },
      { DEFAULT_ZONE: 'Europe/Paris', TABLE_NAME: 'from-shell', HOME: '/home/x' },
    );
    expect(env.MAX_UPLOAD_BYTES).toBe('26214400');
    expect(env.DEFAULT_ZONE).toBe('Europe/Paris'); // the user's shell overrides serverless.yml
    expect(env.TABLE_NAME).toBe('local-table'); // never the shell: local resources are not negotiable
    expect(env.TOPIC_ARN).toBe('arn:aws:sns:us-east-1:000000000000:alerts');
    expect(env.HOME).toBeUndefined();
  });

  it('never hands the handlers real AWS credentials and keeps their logs to warnings', () => {
    const env = localEnvironment([], {}, { AWS_ACCESS_KEY_ID: 'AKIAREAL', POWERTOOLS_LOG_LEVEL: undefined });
    expect(env.AWS_ACCESS_KEY_ID).toBe('local');
    expect(env.POWERTOOLS_LOG_LEVEL).toBe('WARN');
  });
});
