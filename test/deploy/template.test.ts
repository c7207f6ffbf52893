/**
 * Runs `osls package` once — offline, with every AWS credential variable removed — and checks the
 * CloudFormation template it writes: functions, runtime, per-function least-privilege roles, encryption,
 * the bucket's public-access block and TLS-only policy, PITR, Retain, the DLQ and log retention.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../../lib/adapters/table-definition.ts';
import { INGEST_LEASE_SECONDS } from '../../lib/app/ingest-object.ts';

const run = promisify(execFile);
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, read by deep property paths
type Json = Record<string, any>;
let out: string;
let template: Json;
let resources: Record<string, Json>;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cnc-package-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^AWS_/.test(name)));
  await run('npx', ['osls', 'package', '--stage', 'test', '--package', out], {
    cwd: new URL('../..', import.meta.url),
    env: {
      ...env,
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      ESBUILD_WORK_FOLDER: `.esbuild/template-test-${process.pid}`,
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  template = JSON.parse(await readFile(join(out, 'cloudformation-template-update-stack.json'), 'utf8')) as Json;
  resources = template.Resources as Record<string, Json>;
}, 300_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const statementsOf = (role: Json): Json[] => (role.Properties.Policies as Json[]).flatMap((p) => p.PolicyDocument.Statement as Json[]);

describe('functions', () => {
  it('ingest, api and alerts on nodejs24.x arm64, each with its own role', () => {
    const functions = Object.fromEntries(ofType('AWS::Lambda::Function').map(([id, r]) => [id, r.Properties as Json]));
    expect(Object.keys(functions).sort()).toEqual(['AlertsLambdaFunction', 'ApiLambdaFunction', 'IngestLambdaFunction']);
    const roles = Object.values(functions).map((f) => f.Role['Fn::GetAtt'][0]);
    expect(new Set(roles).size).toBe(3);
    for (const fn of Object.values(functions)) {
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual(['arm64']);
    }
  });

  it('each function is packaged alone, and the API package carries no PDF engine', async () => {
    const { stdout } = await run('unzip', ['-l', join(out, 'api.zip')]);
    expect(stdout).toMatch(/functions\/api\.mjs/);
    const bundle = (await run('unzip', ['-p', join(out, 'api.zip'), 'functions/api.mjs'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(bundle).not.toMatch(/pdfjs|mammoth|unpdf/i);
    const ingest = (await run('unzip', ['-p', join(out, 'ingest.zip'), 'functions/ingest.mjs'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(ingest).toMatch(/pdfjs/i);
  });

  it('an ingest claim outlives the function’s timeout', () => {
    expect(resources.IngestLambdaFunction!.Properties.Timeout).toBeLessThan(INGEST_LEASE_SECONDS);
  });

  it('ingest failures go to the SQS dead-letter queue after two retries', () => {
    const config = resources.IngestLambdaEvConf!.Properties;
    expect(config.MaximumRetryAttempts).toBe(2);
    expect(config.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': ['IngestDeadLetterQueue', 'Arn'] });
    expect(resources.IngestDeadLetterQueue!.Type).toBe('AWS::SQS::Queue');
  });

  it('logs are kept for a bounded time', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups).toHaveLength(3);
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('alerts run on an EventBridge schedule', () => {
    const [rule] = ofType('AWS::Events::Rule');
    expect(rule?.[1].Properties.ScheduleExpression).toMatch(/^rate\(/);
  });
});

describe('IAM', () => {
  const allowed = ['Table', 'S3BucketDocuments', 'AlertsTopic', 'IngestDeadLetterQueue'];

  it('no role allows a wildcard action or a wildcard resource', () => {
    for (const [, role] of ofType('AWS::IAM::Role')) {
      for (const statement of statementsOf(role)) {
        expect(statement.Effect).toBe('Allow');
        for (const action of [statement.Action].flat() as string[]) expect(action).not.toMatch(/\*/);
        for (const resource of [statement.Resource].flat()) expect(resource).not.toBe('*');
      }
    }
  });

  it('data actions name only the project’s table, bucket, topic and queue', () => {
    for (const [, role] of ofType('AWS::IAM::Role')) {
      for (const statement of statementsOf(role)) {
        const text = JSON.stringify(statement.Resource);
        if ((statement.Action as string[]).every((a) => a.startsWith('logs:'))) {
          expect(text).toMatch(/log-group:\/aws\/lambda\/contract-notice-checker-test-/);
          continue;
        }
        const refs = [...text.matchAll(/"(?:Fn::GetAtt|Ref)":\s*\[?"(\w+)"/g)].map((m) => m[1]);
        const bucket = text.includes(`s3:::${resources.S3BucketDocuments!.Properties.BucketName}`);
        expect(refs.every((r) => allowed.includes(r!)) && (refs.length > 0 || bucket)).toBe(true);
      }
    }
  });

  it('the API may not read documents or publish, and the alert job may not touch the bucket', () => {
    const actions = (id: string) => statementsOf(resources[id]!).flatMap((s) => s.Action as string[]);
    expect(actions('ApiRole')).not.toContain('s3:GetObject');
    expect(actions('ApiRole')).not.toContain('sns:Publish');
    expect(actions('AlertsRole').some((a) => a.startsWith('s3:'))).toBe(false);
    expect(actions('IngestRole')).not.toContain('sns:Publish');
  });

  it('ARNs with pseudo parameters are substituted, never left as literal text', () => {
    const literal = (value: unknown, insideSub: boolean): boolean => {
      if (typeof value === 'string') return !insideSub && value.includes('${AWS::');
      if (Array.isArray(value)) return value.some((v) => literal(v, insideSub));
      if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => literal(v, insideSub || k === 'Fn::Sub'));
      return false;
    };
    expect(literal(resources, false)).toBe(false);
  });
});

describe('storage', () => {
  it('the documents bucket is private, encrypted, versioned and TLS-only', () => {
    const bucket = resources.S3BucketDocuments!.Properties;
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.NotificationConfiguration.LambdaConfigurations[0]).toMatchObject({
      Event: 's3:ObjectCreated:*',
      Function: { 'Fn::GetAtt': ['IngestLambdaFunction', 'Arn'] },
    });
    const policy = resources.DocumentsBucketPolicy!.Properties.PolicyDocument.Statement[0];
    expect(policy).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('the table is on demand, encrypted, recoverable and retained', () => {
    const table = resources.Table!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('the table’s keys and indexes are the ones the code creates locally', () => {
    const local = tableDefinition('x');
    const deployed = resources.Table!.Properties;
    expect(deployed.KeySchema).toEqual(local.KeySchema);
    expect(deployed.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
    expect(new Set(deployed.AttributeDefinitions)).toEqual(new Set(local.AttributeDefinitions));
  });
});

describe('HTTP API', () => {
  it('every route needs the JWT authorizer, whose issuer and audience are parameters', () => {
    const authorizer = resources.HttpApiAuthorizerJwt!.Properties;
    expect(authorizer.AuthorizerType).toBe('JWT');
    expect(authorizer.JwtConfiguration.Issuer['Fn::If'][0]).toBe('UseUserPoolIssuer'); // resources/auth.yml, test/deploy/web-hosting.test.ts
    // The secret calendar feed URL is the one route without a token (test/deploy/web-hosting.test.ts).
    const routes = ofType('AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.RouteKey !== 'GET /feeds/{feed}');
    expect(routes).toHaveLength(13);
    for (const [, route] of routes) expect(route.Properties.AuthorizationType).toBe('JWT');
  });
});
