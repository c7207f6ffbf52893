import type { Config } from '../config.ts';

export type ClientConfig = Pick<Config, 'region' | 'endpoints'>;

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Endpoint overrides point a client at DynamoDB Local or the S3/SNS emulator, which take dummy credentials. */
export const local = (endpoint: string | undefined) => (endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {});

/**
 * One client per distinct configuration (in Lambda: exactly one), built on first use.
 * @example const dynamo = memo((config) => new DynamoDBClient({ region: config.region })); dynamo(config) === dynamo(config) // true
 */
export function memo<T>(build: (config: ClientConfig) => T): (config: ClientConfig) => T {
  const cache = new Map<string, T>();
  return (config) => {
    const key = JSON.stringify([config.region, config.endpoints]);
    let client = cache.get(key);
    if (client === undefined) {
      client = build(config);
      cache.set(key, client);
    }
    return client;
  };
}
