/**
 * What the local stack keeps in its data folder (`.data/` by default, next to package.json). DynamoDB Local's
 * database survives restarts; the S3/SNS emulator is in memory, so uploaded files do not.
 */
import { join, resolve } from 'node:path';

export interface DataDir {
  root: string;
  dynamodb: string;
  signingKey: string;
  alertsLog: string;
  /** Written while the stack runs, so `notice-check alerts run` can find the API and a token. */
  runtimeFile: string;
  /** Exists once the examples were loaded into tenant `demo`. */
  examplesLoadedMarker: string;
}

/** @example dataDir('.data').alertsLog // '<cwd>/.data/alerts.log' */
export function dataDir(root: string): DataDir {
  const absolute = resolve(root);
  return {
    root: absolute,
    dynamodb: join(absolute, 'dynamodb'),
    signingKey: join(absolute, 'local-signing-key.json'),
    alertsLog: join(absolute, 'alerts.log'),
    runtimeFile: join(absolute, 'local-stack.json'),
    examplesLoadedMarker: join(absolute, 'examples-loaded'),
  };
}

/** The default data folder, overridable with NOTICE_CHECK_DATA_DIR. */
export const defaultDataRoot = (env: NodeJS.ProcessEnv = process.env): string => env.NOTICE_CHECK_DATA_DIR || '.data';

/** The file the running stack writes for local clients (the CLI). */
export interface RuntimeInfo {
  api: string;
  token: string;
  tenant: string;
  pid: number;
  startedAt: string;
}
