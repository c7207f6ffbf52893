/** Runs the deployed ingest function on one S3 event and waits for its answer (the DLQ replay's port). */
import { InvokeCommand, type InvokeCommandOutput, type LambdaClient } from '@aws-sdk/client-lambda';
import type { IngestInvoker } from '../app/dlq-replay.ts';

export function lambdaIngestInvoker(client: LambdaClient, functionName: string): IngestInvoker {
  return {
    async invoke(event) {
      let response: InvokeCommandOutput;
      try {
        response = await client.send(
          new InvokeCommand({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(event)),
          }),
        );
      } catch (error) {
        // Throttled, no permission, no such function: this message stays; the next may fare better.
        return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
      const text = response.Payload ? new TextDecoder().decode(response.Payload) : '';
      let payload: unknown = null;
      try {
        payload = text ? JSON.parse(text) : null;
      } catch {
        payload = text;
      }
      if (response.FunctionError) {
        const message = (payload as { errorMessage?: unknown } | null)?.errorMessage;
        return { ok: false, error: `ingest failed again: ${typeof message === 'string' ? message : response.FunctionError}` };
      }
      return { ok: true, outcomes: payload };
    },
  };
}
