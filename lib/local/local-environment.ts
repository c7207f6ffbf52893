/**
 * The environment the handlers get locally: what serverless.yml gives every function, where it is a plain
 * value (references such as `${param:…}` or `!Ref` only mean something in AWS), then the local resources.
 * A variable the user set in their shell wins over serverless.yml, never over the local resources.
 */
import type { ServerlessFunction } from './serverless-functions.ts';

/**
 * @example
 * localEnvironment(fns, { TABLE_NAME: 'local' }).POWERTOOLS_LOG_LEVEL // 'WARN' unless set by the user
 */
export function localEnvironment(
  functions: ServerlessFunction[],
  resources: Record<string, string>,
  shell: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const fromServerless: Record<string, string> = {};
  for (const fn of functions) {
    for (const [name, value] of Object.entries(fn.environment)) {
      if ((typeof value === 'string' && !value.includes('${')) || typeof value === 'number' || typeof value === 'boolean') {
        fromServerless[name] = String(value);
      }
    }
  }
  const fromShell = Object.fromEntries(
    Object.entries(shell).filter(([name, value]) => name in fromServerless && value !== undefined),
  ) as Record<string, string>;
  return {
    // Handlers log JSON for CloudWatch; on a console only warnings and errors are worth showing.
    POWERTOOLS_LOG_LEVEL: shell.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // Metrics go to CloudWatch in EMF log lines; on a console they would only be noise.
    POWERTOOLS_METRICS_DISABLED: shell.POWERTOOLS_METRICS_DISABLED ?? 'true',
    // Dummy credentials: nothing local checks them, and a developer's real AWS profile must never be used.
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    ...fromServerless,
    ...fromShell,
    ...resources,
  };
}
