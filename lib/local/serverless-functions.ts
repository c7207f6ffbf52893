/**
 * Reads the functions and their events from serverless.yml, so the local stack serves exactly the routes,
 * handlers and triggers that are deployed — they cannot drift apart. CloudFormation tags (!Ref, !GetAtt…)
 * are kept as opaque values: only `functions` is interpreted here.
 */
import { readFile } from 'node:fs/promises';
import { Scalar, isNode, parseDocument, visit } from 'yaml';

export interface HttpApiRoute {
  method: string; // upper case, or '*' for ANY
  path: string; // '/contracts/{contractId}', or '*' for the catch-all route
  /** True when the route declares a (JWT) authorizer; Serverless has no provider-wide default for httpApi. */
  authorized: boolean;
  scopes: string[];
}

export interface ServerlessFunction {
  name: string;
  /** `functions/get-verdicts.handler` → module `functions/get-verdicts`, export `handler`. */
  module: string;
  exportName: string;
  timeoutSeconds: number;
  /** Retries of an asynchronous invocation (S3, schedule) before the event is dead-lettered; Lambda's default is 2. */
  maximumRetryAttempts: number;
  environment: Record<string, unknown>;
  httpApi: HttpApiRoute[];
  hasS3Event: boolean;
  /** The key prefixes of its S3 triggers (`rules: - prefix:`); '' for a trigger on the whole bucket. */
  s3Prefixes: string[];
  hasScheduleEvent: boolean;
  hasSqsEvent: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @example
 * const fns = await readServerlessFunctions('serverless.yml');
 * fns.find((f) => f.hasS3Event)?.module // 'functions/ingest'
 */
export async function readServerlessFunctions(file: string): Promise<ServerlessFunction[]> {
  const document = parseDocument(await readFile(file, 'utf8'), { logLevel: 'error' });
  if (document.errors.length > 0) throw new Error(`${file} is not valid YAML: ${document.errors[0]?.message}`);
  // `!Ref AlertsTopic` would otherwise read as the string "AlertsTopic": keep it recognisably unresolved.
  visit(document, (_key, node) => {
    if (isNode(node) && node.tag?.startsWith('!')) return new Scalar({ cloudFormation: node.tag });
    return undefined;
  });
  return parseServerlessFunctions(document.toJS() as unknown);
}

/** The pure part of {@link readServerlessFunctions}, for an already parsed document. */
export function parseServerlessFunctions(config: unknown): ServerlessFunction[] {
  if (!isObject(config) || !isObject(config.functions)) throw new Error('serverless.yml declares no functions');
  const provider = isObject(config.provider) ? config.provider : {};
  const providerTimeout = typeof provider.timeout === 'number' ? provider.timeout : 6;
  const params = isObject(config.params) && isObject(config.params.default) ? config.params.default : {};
  const providerEnvironment = resolveParams(isObject(provider.environment) ? provider.environment : {}, params);

  return Object.entries(config.functions).map(([name, fn]) => {
    if (!isObject(fn) || typeof fn.handler !== 'string') throw new Error(`Function ${name} has no handler`);
    const dot = fn.handler.lastIndexOf('.');
    const events = Array.isArray(fn.events) ? fn.events.filter(isObject) : [];
    return {
      name,
      module: fn.handler.slice(0, dot),
      exportName: fn.handler.slice(dot + 1),
      timeoutSeconds: typeof fn.timeout === 'number' ? fn.timeout : providerTimeout,
      maximumRetryAttempts: typeof fn.maximumRetryAttempts === 'number' ? fn.maximumRetryAttempts : 2,
      environment: { ...providerEnvironment, ...resolveParams(isObject(fn.environment) ? fn.environment : {}, params) },
      httpApi: events.filter((event) => 'httpApi' in event).map((event) => toRoute(event.httpApi)),
      hasS3Event: events.some((event) => 's3' in event),
      s3Prefixes: events.flatMap((event) => (isObject(event.s3) ? [s3Prefix(event.s3)] : [])),
      hasScheduleEvent: events.some((event) => 'schedule' in event),
      hasSqsEvent: events.some((event) => 'sqs' in event),
    };
  });
}

function s3Prefix(s3: Json): string {
  const rules = Array.isArray(s3.rules) ? s3.rules.filter(isObject) : [];
  const prefix = rules.find((rule) => typeof rule.prefix === 'string')?.prefix;
  return typeof prefix === 'string' ? prefix : '';
}

/**
 * Replaces `${param:name}` with the stage-independent default from `params.default`, so local runs use the
 * same tenant claim, zone and alert offsets as a default deployment. Other variables stay as written.
 */
function resolveParams(environment: Json, params: Json): Json {
  const resolved: Json = {};
  for (const [name, value] of Object.entries(environment)) {
    resolved[name] =
      typeof value === 'string'
        ? value.replace(/\$\{param:([\w-]+)\}/g, (whole, param: string) => {
            const replacement = params[param];
            return typeof replacement === 'string' || typeof replacement === 'number' ? String(replacement) : whole;
          })
        : value;
  }
  return resolved;
}

function toRoute(spec: unknown): HttpApiRoute {
  // Shorthand `httpApi: 'GET /contracts'` or `httpApi: '*'`.
  if (typeof spec === 'string') {
    if (spec.trim() === '*') return { method: '*', path: '*', authorized: false, scopes: [] };
    const [method = '', path = ''] = spec.trim().split(/\s+/);
    return { method: method.toUpperCase(), path, authorized: false, scopes: [] };
  }
  if (!isObject(spec) || typeof spec.path !== 'string') throw new Error(`Unreadable httpApi event ${JSON.stringify(spec)}`);
  const method = typeof spec.method === 'string' ? spec.method.toUpperCase() : '*';
  const authorizer = spec.authorizer;
  const scopes = isObject(authorizer) && Array.isArray(authorizer.scopes) ? authorizer.scopes.map(String) : [];
  return {
    method: method === 'ANY' ? '*' : method,
    path: spec.path,
    authorized: authorizer !== undefined && authorizer !== null,
    scopes,
  };
}
