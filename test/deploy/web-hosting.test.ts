/**
 * The web app's hosting and sign-in in the packaged template: a private bucket read only by CloudFront through
 * origin access control, HTTPS only, security headers, a Cognito user pool with a PKCE app client whose
 * callback is the CloudFront URL, one issuer shared by the API's authorizer and the web app, CORS for the
 * web origin only, and the outputs config.json is written from.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, read by deep property paths
type Json = Record<string, any>;
const dirs: string[] = [];
let template: Json;
let resources: Record<string, Json>;

async function packageTemplate(params: string[]): Promise<Json> {
  const dir = await mkdtemp(join(tmpdir(), 'cnc-web-'));
  dirs.push(dir);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^AWS_/.test(name)));
  await run('npx', ['osls', 'package', '--stage', 'test', '--package', dir, ...params], {
    cwd: new URL('../..', import.meta.url),
    env: {
      ...env,
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      ESBUILD_WORK_FOLDER: `.esbuild/web-test-${process.pid}`,
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(await readFile(join(dir, 'cloudformation-template-update-stack.json'), 'utf8')) as Json;
}

beforeAll(async () => {
  template = await packageTemplate([]);
  resources = template.Resources as Record<string, Json>;
}, 300_000);
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const text = (value: unknown) => JSON.stringify(value);
const cspOf = () => text(resources.WebSecurityHeaders!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy);

describe('static hosting', () => {
  it('the bucket is private and only this distribution may read it, over TLS', () => {
    const block = resources.WebBucket!.Properties.PublicAccessBlockConfiguration;
    expect(block).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    const statements = resources.WebBucketPolicy!.Properties.PolicyDocument.Statement as Json[];
    const read = statements.find((s) => s.Effect === 'Allow')!;
    expect(read.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(read.Action).toBe('s3:GetObject');
    expect(text(read.Condition)).toContain('WebDistribution');
    expect(statements.some((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false')).toBe(true);
  });

  it('CloudFront reads the bucket through origin access control and redirects HTTP to HTTPS', () => {
    const config = resources.WebDistribution!.Properties.DistributionConfig;
    const [origin] = config.Origins as Json[];
    expect(origin!.OriginAccessControlId).toEqual({ 'Fn::GetAtt': ['WebOriginAccessControl', 'Id'] });
    expect(origin!.S3OriginConfig.OriginAccessIdentity).toBe('');
    expect(resources.WebOriginAccessControl!.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
    });
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: 'WebSecurityHeaders' });
    }
    expect(config.DefaultRootObject).toBe('index.html');
  });

  it('security headers: a Content-Security-Policy, HSTS, nosniff, no framing, no referrer', () => {
    const headers = resources.WebSecurityHeaders!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('no-referrer');
    const csp = cspOf();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/connect-src 'self'.*execute-api/);
    expect(csp).toContain('amazoncognito.com');
  });
});

describe('sign-in', () => {
  it('a public app client: authorization code (PKCE), no secret, callback to the CloudFront URL', () => {
    const client = resources.WebAppClient!.Properties;
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthScopes).toContain('openid');
    expect(text(client.CallbackURLs)).toContain('WebDistribution.DomainName');
    expect(client.WriteAttributes).not.toContain('custom:tenantId');
    expect(resources.UserPoolDomain!.Type).toBe('AWS::Cognito::UserPoolDomain');
    expect(resources.UserPool!.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
  });

  it('by default the API trusts the user pool, and the web app is given the same issuer and client', () => {
    const jwt = resources.HttpApiAuthorizerJwt!.Properties.JwtConfiguration;
    expect(template.Conditions.UseUserPoolIssuer).toEqual({ 'Fn::Equals': [{ Ref: 'JwtIssuer' }, ''] });
    expect(template.Parameters.JwtIssuer.Default).toBe('');
    expect(text(jwt.Issuer)).toContain('cognito-idp');
    expect(text(jwt.Issuer)).toBe(text(template.Outputs.JwtIssuer.Value));
    expect(text(jwt.Audience[0])).toBe(text(template.Outputs.WebClientId.Value));
  });

  it('the secret feed route alone has no authorizer', () => {
    const routes = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    const open = routes.filter((r) => r.Properties.AuthorizationType !== 'JWT').map((r) => r.Properties.RouteKey);
    expect(open).toEqual(['GET /feeds/{feed}']);
  });
});

describe('the web origin and what the app is told', () => {
  it('CORS on the API and the documents bucket names the CloudFront origin only', () => {
    const cors = resources.HttpApi!.Properties.CorsConfiguration;
    expect(cors.AllowOrigins).toEqual([{ 'Fn::Sub': 'https://${WebDistribution.DomainName}' }]);
    expect(cors.AllowHeaders).toContain('Authorization');
    const bucketCors = resources.S3BucketDocuments!.Properties.CorsConfiguration.CorsRules[0];
    expect(bucketCors.AllowedOrigins).toEqual(cors.AllowOrigins);
    expect(bucketCors.AllowedMethods).toEqual(['PUT']);
  });

  it('outputs hold every field of config.json', () => {
    for (const name of ['WebUrl', 'WebBucketName', 'HttpApiUrl', 'JwtIssuer', 'WebClientId', 'OAuthAuthorizeUrl', 'OAuthTokenUrl'])
      expect(template.Outputs[name], name).toBeDefined();
  });
});

describe('another identity provider', () => {
  it('jwtIssuer and jwtAudience switch the API and the web app to it together', async () => {
    const other = await packageTemplate([
      '--param=jwtIssuer=https://login.example.com/',
      '--param=jwtAudience=web-client',
      '--param=oauthAuthorizeUrl=https://login.example.com/authorize',
      '--param=oauthTokenUrl=https://login.example.com/token',
    ]);
    expect(other.Parameters.JwtIssuer.Default).toBe('https://login.example.com/');
    const jwt = other.Resources.HttpApiAuthorizerJwt.Properties.JwtConfiguration;
    expect(jwt.Issuer['Fn::If'][2]).toEqual({ Ref: 'JwtIssuer' });
    expect(jwt.Audience[0]['Fn::If'][2]).toBe('web-client');
    expect(other.Outputs.JwtIssuer.Value['Fn::If'][2]).toEqual({ Ref: 'JwtIssuer' });
    expect(text(other.Resources.WebSecurityHeaders.Properties)).toContain('https://login.example.com/token');
  }, 300_000);
});
