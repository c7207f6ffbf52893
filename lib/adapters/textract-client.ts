/** The Textract client for scanned pages, one per container; only the ingest function loads it. */
import { TextractClient } from '@aws-sdk/client-textract';
import { memo } from './client-options.ts';

// Each call is also bounded by the engine's own per-page timeout; these keep a dead connection from
// holding a page until then.
export const textractClient = /* @__PURE__ */ memo(
  (config) =>
    new TextractClient({ region: config.region, maxAttempts: 3, requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 } }),
);
