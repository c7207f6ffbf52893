/**
 * Runs `osls package` once — offline, with every AWS credential variable removed — and checks the
 * CloudFormation template it writes: functions, runtime, per-function least-privilege roles, encryption,
 * the bucket's public-access block and TLS-only policy, PITR, Retain, the DLQ and log retention, and what an
 * operator relies on: tracing, alarms to an operators' topic, failure destinations, API throttling and access
 * logs, the deployment bucket's protection and the topics' KMS key.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../../lib/adapters/table-definition.ts';
import { ALERT_LEASE_SECONDS } from '../../lib/app/alert-outbox.ts';
import { INGEST_RESERVE_MS } from '../../lib/adapters/ingest-deps.ts';
import { PAGE_MS } from '../../lib/adapters/ocr-engines.ts';
import { INGEST_LEASE_SECONDS } from '../../lib/app/ingest-object.ts';
import { extractTextBounded } from '../../lib/text/extract-text-bounded.ts';

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
/** Statements of the stand-alone policies attached to `roleId`. */
const attachedStatements = (roleId: string): Json[] =>
  ofType('AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(`"${roleId}"`))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Json[]);

describe('functions', () => {
  it('ingest, ocrComplete, api, alerts, inbound mail and the stale sweep on nodejs24.x arm64, each with its own role', () => {
    const functions = Object.fromEntries(ofType('AWS::Lambda::Function').map(([id, r]) => [id, r.Properties as Json]));
    expect(Object.keys(functions).sort()).toEqual([
      'AlertsLambdaFunction',
      'ApiLambdaFunction',
      'InboundMailLambdaFunction',
      'IngestLambdaFunction',
      'OcrCompleteLambdaFunction',
      'SweepLambdaFunction',
    ]);
    const roles = Object.values(functions).map((f) => f.Role['Fn::GetAtt'][0]);
    expect(new Set(roles).size).toBe(6);
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
    expect(stdout).not.toMatch(/extract-worker/);
  });

  it('the ingest package carries the text reader’s worker beside its handler, and that worker reads a PDF', async () => {
    const unpacked = join(out, 'ingest-unpacked');
    await run('unzip', ['-q', '-o', join(out, 'ingest.zip'), '-d', unpacked]);
    const handler = await readFile(join(unpacked, 'functions', 'ingest.mjs'), 'utf8');
    expect(handler).toContain('./extract-worker.mjs'); // what the bundled extractTextBounded resolves beside itself
    const bytes = await readFile(new URL('../fixtures/files/hosting-agreement.pdf', import.meta.url));
    const workerUrl = pathToFileURL(join(unpacked, 'functions', 'extract-worker.mjs'));
    const doc = await extractTextBounded(bytes, { fileName: 'hosting-agreement.pdf', workerUrl });
    expect(doc).toMatchObject({ pages: 2, format: 'pdf', text: expect.stringContaining('HOSTING') });
  });

  it('an ingest claim outlives the function’s timeout, also when ocrComplete resumes an ingest', () => {
    expect(resources.IngestLambdaFunction!.Properties.Timeout).toBeLessThan(INGEST_LEASE_SECONDS);
    expect(resources.OcrCompleteLambdaFunction!.Properties.Timeout).toBeLessThan(INGEST_LEASE_SECONDS);
  });

  it('ingest hands a multi-page job off well inside its time for OCR (its timeout less the reserve)', () => {
    const handOffMs = Number(resources.IngestLambdaFunction!.Properties.Environment.Variables.TEXTRACT_HAND_OFF_MS);
    expect(handOffMs).toBeGreaterThan(0);
    expect(handOffMs).toBeLessThanOrEqual(resources.IngestLambdaFunction!.Properties.Timeout * 1000 - INGEST_RESERVE_MS - PAGE_MS.textract);
  });

  it('ocrComplete is subscribed to the OCR completion topic, and its failures go to their own queue after two retries', () => {
    const subscriptions = ofType('AWS::SNS::Subscription').filter(
      ([, s]) => JSON.stringify(s.Properties.TopicArn) === '{"Ref":"OcrCompletionTopic"}',
    );
    expect(subscriptions.map(([, s]) => s.Properties)).toEqual([
      expect.objectContaining({ Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': ['OcrCompleteLambdaFunction', 'Arn'] } }),
    ]);
    const invokes = ofType('AWS::Lambda::Permission').filter(
      ([, p]) => JSON.stringify(p.Properties.SourceArn) === '{"Ref":"OcrCompletionTopic"}',
    );
    expect(invokes.map(([, p]) => p.Properties)).toEqual([
      expect.objectContaining({
        Principal: 'sns.amazonaws.com',
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': ['OcrCompleteLambdaFunction', 'Arn'] },
      }),
    ]);
    const config = resources.OcrCompleteLambdaEvConf!.Properties;
    expect(config.MaximumRetryAttempts).toBe(2);
    expect(config.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': ['OcrCompletionFailureQueue', 'Arn'] });
    expect(resources.OcrCompletionFailureQueue!.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    expect(statementsOf(resources.OcrCompleteRole!)).toContainEqual(
      expect.objectContaining({ Action: ['sqs:SendMessage'], Resource: { 'Fn::GetAtt': ['OcrCompletionFailureQueue', 'Arn'] } }),
    );
  });

  it('ingest has reserved concurrency, so a burst of uploads cannot take the API’s or the alert job’s capacity', () => {
    const reserved = resources.IngestLambdaFunction!.Properties.ReservedConcurrentExecutions;
    expect(reserved).toBeGreaterThan(0);
    expect(reserved).toBeLessThanOrEqual(100); // an account's default limit is 1,000, of which 100 must stay unreserved
    // The API and the alert job draw on the unreserved pool that ingest can no longer exhaust.
    expect(resources.ApiLambdaFunction!.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('an alert claim outlives the alert function’s timeout, so a live run never loses its claim', () => {
    expect(resources.AlertsLambdaFunction!.Properties.Timeout).toBeLessThan(ALERT_LEASE_SECONDS);
  });

  it('ingest failures go to the SQS dead-letter queue after two retries', () => {
    const config = resources.IngestLambdaEvConf!.Properties;
    expect(config.MaximumRetryAttempts).toBe(2);
    expect(config.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': ['IngestDeadLetterQueue', 'Arn'] });
    expect(resources.IngestDeadLetterQueue!.Type).toBe('AWS::SQS::Queue');
  });

  it('logs are kept for a bounded time', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups).toHaveLength(7); // six functions and the API's access log
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('alerts run on an EventBridge schedule', () => {
    const [rule] = ofType('AWS::Events::Rule');
    expect(rule?.[1].Properties.ScheduleExpression).toMatch(/^rate\(/);
  });
});

describe('IAM', () => {
  const allowed = [
    'Table',
    'S3BucketDocuments',
    'AlertsTopic',
    'IngestDeadLetterQueue',
    'OcrCompletionTopic',
    'OcrCompletionFailureQueue',
    'NotificationsKey',
  ];

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

  it('the API may not read documents (only their extracted texts and unmatched mail) or publish, and the alert job may not touch the bucket', () => {
    const actions = (id: string) => statementsOf(resources[id]!).flatMap((s) => s.Action as string[]);
    const reads = statementsOf(resources.ApiRole!).filter((s) => (s.Action as string[]).includes('s3:GetObject'));
    expect(reads.map((s) => JSON.stringify(s.Resource))).toEqual([
      expect.stringContaining('/tenants/*/unmatched/*'),
      expect.stringContaining('/texts/*'),
    ]);
    const deletes = statementsOf(resources.ApiRole!).filter((s) => (s.Action as string[]).includes('s3:DeleteObject'));
    expect(deletes.map((s) => JSON.stringify(s.Resource))).toEqual([expect.stringContaining('/tenants/*/unmatched/*')]);
    const ingestWrites = statementsOf(resources.IngestRole!).filter((s) => (s.Action as string[]).includes('s3:PutObject'));
    // Ingest writes texts outside tenants/, whose object-created events would start ingest again.
    expect(ingestWrites.map((s) => JSON.stringify(s.Resource))).toEqual([expect.stringContaining('/texts/*')]);
    expect(actions('ApiRole')).not.toContain('sns:Publish');
    expect(actions('AlertsRole').some((a) => a.startsWith('s3:'))).toBe(false);
    expect(actions('IngestRole')).not.toContain('sns:Publish');
    // ocrComplete runs the ingest use case: it reads the upload and writes only its extracted text.
    const resumeReads = statementsOf(resources.OcrCompleteRole!).filter((s) => (s.Action as string[]).includes('s3:GetObject'));
    expect(resumeReads.map((s) => JSON.stringify(s.Resource))).toEqual([expect.stringContaining('/tenants/*')]);
    const resumeWrites = statementsOf(resources.OcrCompleteRole!).filter((s) => (s.Action as string[]).includes('s3:PutObject'));
    expect(resumeWrites.map((s) => JSON.stringify(s.Resource))).toEqual([expect.stringContaining('/texts/*')]);
    expect(JSON.stringify(statementsOf(resources.OcrCompleteRole!))).toContain('"Table","Arn"');
  });

  it('only ingest may start Textract jobs, and ocrComplete only read their results; the jobs report to an encrypted topic through a role only Textract may assume', () => {
    const textract = ofType('AWS::IAM::Policy').filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes('textract:'));
    expect(textract.map(([, p]) => p.Properties.Roles).sort()).toEqual([[{ Ref: 'IngestRole' }], [{ Ref: 'OcrCompleteRole' }]]);
    expect(attachedStatements('OcrCompleteRole').filter((s) => JSON.stringify(s.Action).includes('textract:'))).toEqual([
      { Effect: 'Allow', Action: ['textract:GetDocumentTextDetection'], Resource: '*' },
    ]);
    const resume = [...statementsOf(resources.OcrCompleteRole!), ...attachedStatements('OcrCompleteRole')].flatMap(
      (s) => s.Action as string[],
    );
    expect(resume).not.toContain('iam:PassRole');
    expect(resume).not.toContain('sns:Publish');
    const statements = attachedStatements('IngestRole');
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: ['textract:DetectDocumentText', 'textract:StartDocumentTextDetection', 'textract:GetDocumentTextDetection'],
      Resource: '*',
    });
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: ['iam:PassRole'], Resource: { 'Fn::GetAtt': ['TextractPublishRole', 'Arn'] } }),
    );
    const publisher = resources.TextractPublishRole!.Properties;
    expect(publisher.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'textract.amazonaws.com' } }),
    ]);
    expect(statementsOf(resources.TextractPublishRole!).flatMap((s) => s.Action)).toEqual([
      'sns:Publish',
      'kms:GenerateDataKey',
      'kms:Decrypt',
    ]);
    expect(resources.OcrCompletionTopic!.Properties.KmsMasterKeyId).toEqual({ Ref: 'NotificationsKey' });
    expect(resources.IngestLambdaFunction!.Properties.Environment.Variables).toMatchObject({
      OCR_ENGINE: 'textract',
      TEXTRACT_TOPIC_ARN: { Ref: 'OcrCompletionTopic' },
      TEXTRACT_ROLE_ARN: { 'Fn::GetAtt': ['TextractPublishRole', 'Arn'] },
    });
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
    expect(routes).toHaveLength(16);
    for (const [, route] of routes) expect(route.Properties.AuthorizationType).toBe('JWT');
  });
});

describe('operations', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties as Json);
  const alarmOn = (metric: string, dimension: unknown) =>
    alarms().find((a) => a.MetricName === metric && JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension)));

  it('every function is traced with X-Ray, and its role may write trace segments', () => {
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.DependsOn).toContain('TracingPolicy');
      const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
      expect(
        attachedStatements(roleId).flatMap((s) => s.Action),
        id,
      ).toContain('xray:PutTraceSegments');
    }
  });

  it('stand-alone policies allow "*" only for X-Ray and Textract text detection, which have no resource-level permissions', () => {
    for (const [, policy] of ofType('AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Json[]) {
        expect(statement.Effect).toBe('Allow');
        for (const action of [statement.Action].flat() as string[]) expect(action).not.toMatch(/\*/);
        if (statement.Resource === '*')
          expect(
            (statement.Action as string[]).every((a) => a.startsWith('xray:') || /^textract:\w+DocumentText(Detection)?$/.test(a)),
          ).toBe(true);
      }
    }
  });

  it('the dead-letter queues, function errors and throttles and API 5xx raise alarms to the operators’ topic', () => {
    const expected = [
      alarmOn('ApproximateNumberOfMessagesVisible', { 'Fn::GetAtt': ['IngestDeadLetterQueue', 'QueueName'] }),
      alarmOn('ApproximateNumberOfMessagesVisible', { 'Fn::GetAtt': ['AlertsFailureQueue', 'QueueName'] }),
      alarmOn('ApproximateNumberOfMessagesVisible', { 'Fn::GetAtt': ['OcrCompletionFailureQueue', 'QueueName'] }),
      alarmOn('Errors', { Ref: 'OcrCompleteLambdaFunction' }),
      alarmOn('5xx', { Ref: 'HttpApi' }),
      ...['IngestLambdaFunction', 'ApiLambdaFunction', 'AlertsLambdaFunction'].flatMap((fn) => [
        alarmOn('Errors', { Ref: fn }),
        alarmOn('Throttles', { Ref: fn }),
      ]),
    ];
    for (const alarm of expected) {
      expect(alarm).toBeDefined();
      expect(alarm!.AlarmActions).toEqual([{ Ref: 'OperatorsTopic' }]);
      expect(alarm!.TreatMissingData).toBe('notBreaching');
    }
    expect(alarmOn('ApproximateNumberOfMessagesVisible', { 'Fn::GetAtt': ['IngestDeadLetterQueue', 'QueueName'] })).toMatchObject({
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(resources.OperatorsTopic!.Type).toBe('AWS::SNS::Topic');
  });

  it('a failed alert run goes to its own SQS queue, which the alert function may write to', () => {
    const config = resources.AlertsLambdaEvConf!;
    expect(config.Properties.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': ['AlertsFailureQueue', 'Arn'] });
    expect(resources.AlertsFailureQueue!.Type).toBe('AWS::SQS::Queue');
    expect(config.DependsOn).toContain('AlertsOperationsPolicy');
    expect(attachedStatements('AlertsRole')).toContainEqual(
      expect.objectContaining({ Action: ['sqs:SendMessage'], Resource: { 'Fn::GetAtt': ['AlertsFailureQueue', 'Arn'] } }),
    );
  });

  it('the HTTP API stage is throttled and writes access logs with the request id', () => {
    const stage = resources.HttpApiStage!.Properties;
    expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(stage.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': ['HttpApiLogGroup', 'Arn'] });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });

  it('the deployment bucket blocks public access and refuses requests without TLS', () => {
    expect(resources.ServerlessDeploymentBucket!.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const [statement] = resources.ServerlessDeploymentBucketPolicy!.Properties.PolicyDocument.Statement as Json[];
    expect(statement).toMatchObject({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': false } } });
  });

  it('the documents bucket survives the stack’s deletion or replacement', () => {
    expect(resources.S3BucketDocuments!.DeletionPolicy).toBe('Retain');
    expect(resources.S3BucketDocuments!.UpdateReplacePolicy).toBe('Retain');
  });

  it('both topics are encrypted with a rotated KMS key that SNS, CloudWatch and the alert function may use', () => {
    for (const topic of ['AlertsTopic', 'OperatorsTopic'])
      expect(resources[topic]!.Properties.KmsMasterKeyId).toEqual({ Ref: 'NotificationsKey' });
    const key = resources.NotificationsKey!.Properties;
    expect(key.EnableKeyRotation).toBe(true);
    const services = (key.KeyPolicy.Statement as Json[]).filter((s) => s.Principal.Service).flatMap((s) => s.Principal.Service);
    expect(services.sort()).toEqual(['cloudwatch.amazonaws.com', 'sns.amazonaws.com']);
    expect(attachedStatements('AlertsRole')).toContainEqual(
      expect.objectContaining({ Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: { 'Fn::GetAtt': ['NotificationsKey', 'Arn'] } }),
    );
  });
});

describe('inbound email (resources/inbound-email.yml)', () => {
  it('creates the SES receipt rule only when the inboundEmailDomain param names a domain', () => {
    expect(template.Conditions.InboundEmailEnabled).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'InboundEmailDomain' }, ''] }] });
    expect(template.Parameters.InboundEmailDomain.Default).toBe('');
    for (const id of ['InboundReceiptRuleSet', 'InboundReceiptRule']) expect(resources[id]?.Condition).toBe('InboundEmailEnabled');
    const rule = resources.InboundReceiptRule?.Properties.Rule as Json;
    expect(rule.Actions[0].S3Action.ObjectKeyPrefix).toBe('inbound/');
    expect(rule.Recipients).toEqual([{ Ref: 'InboundEmailDomain' }]);
  });

  it('lets SES put under inbound/ for this account only, and routes inbound/ to the inboundMail function', () => {
    const statements = resources.DocumentsBucketPolicy?.Properties.PolicyDocument.Statement as Json[];
    const ses = statements.find((s) => s['Fn::If']?.[0] === 'InboundEmailEnabled')?.['Fn::If'][1] as Json;
    expect(ses.Principal).toEqual({ Service: 'ses.amazonaws.com' });
    expect(ses.Condition.StringEquals['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
    expect(JSON.stringify(ses.Resource)).toContain('/inbound/*');
    const role = resources.InboundMailRole as Json;
    expect(statementsOf(role).some((s) => JSON.stringify(s.Action).includes('dynamodb:PutItem'))).toBe(false);
    expect(resources.InboundMailLambdaFunction?.Properties.Role).toEqual({ 'Fn::GetAtt': ['InboundMailRole', 'Arn'] });
  });
});
