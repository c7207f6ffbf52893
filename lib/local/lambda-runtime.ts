/**
 * What the Lambda runtime gives a handler, locally: the module loaded once (one warm container per function,
 * so `createDeps()` at module level runs once, as in AWS) and a Context whose remaining time counts down
 * from the timeout configured in serverless.yml.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { ServerlessFunction } from './serverless-functions.ts';

/** Any Lambda handler: middy and plain async handlers alike take (event, context) and return a promise. */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export interface LocalFunction {
  name: string;
  invoke(event: unknown): Promise<unknown>;
}

/**
 * @example
 * const ingest = loadFunction(projectRoot, fns.find((f) => f.hasS3Event)!);
 * await ingest.invoke(s3Event);
 */
export function loadFunction(projectRoot: string, fn: ServerlessFunction): LocalFunction {
  let handler: Promise<LambdaHandler> | undefined;
  return {
    name: fn.name,
    invoke: async (event) => {
      handler ??= importHandler(projectRoot, fn);
      return (await handler)(event, lambdaContext(fn));
    },
  };
}

async function importHandler(projectRoot: string, fn: ServerlessFunction): Promise<LambdaHandler> {
  const base = resolve(projectRoot, fn.module);
  const file = ['.ts', '.mts', '.js', '.mjs'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (file === undefined) throw new Error(`Handler module ${fn.module} of function ${fn.name} not found`);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const handler = module[fn.exportName];
  if (typeof handler !== 'function') throw new Error(`${fn.module} exports no function named ${fn.exportName}`);
  return handler as LambdaHandler;
}

function lambdaContext(fn: ServerlessFunction): Context {
  const deadline = Date.now() + fn.timeoutSeconds * 1000;
  const functionName = `contract-notice-checker-local-${fn.name}`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
