/**
 * Drives the ingest handler the way S3 does: each measured document gets a fresh contract that already
 * has the notice letter on file (ingested untimed), then the agreement is uploaded and its event built.
 */
import { randomUUID } from 'node:crypto';
import type { Handler, S3Event } from 'aws-lambda';
import { awsClients } from '../../lib/adapters/clients.ts';
import { dynamoContractRepository } from '../../lib/adapters/dynamo-contract-repository.ts';
import { loadConfig } from '../../lib/config.ts';
import { NOTICE_LETTER } from './inputs/letter.ts';
import { lambdaContext, s3Client, s3PutEvent, upload, type Uploaded } from './pipeline.ts';
import type { Endpoints } from './services.ts';

export const BENCH_TENANT = 'bench-tenant';

export interface Prepared {
  contractId: string;
  letterDocumentId: string;
  object: Uploaded;
  event: S3Event;
}

type IngestHandler = Handler<S3Event, unknown>;

export function createIngestBench(endpoints: Endpoints, handler: IngestHandler) {
  const s3 = s3Client(endpoints);
  const context = lambdaContext('contract-notice-checker-bench-ingest');
  const letter = new TextEncoder().encode(NOTICE_LETTER);
  let lastContract: string | null = null;

  const invoke = async (prepared: Pick<Prepared, 'event'>): Promise<void> => {
    const outcomes = (await handler(prepared.event, context, () => undefined)) as { outcome: string; errorCode?: string }[];
    const outcome = outcomes?.[0];
    if (outcome?.outcome !== 'processed') throw new Error(`ingest did not process the document: ${JSON.stringify(outcome)}`);
  };

  const put = async (contractId: string, kind: 'agreement' | 'letter', bytes: Uint8Array, fileName: string, contentType: string) => {
    const documentId = randomUUID();
    const key = `tenants/${BENCH_TENANT}/contracts/${contractId}/${kind}/${documentId}/${fileName}`;
    const object = await upload(s3, endpoints.bucket, key, bytes, contentType);
    return { documentId, object, event: s3PutEvent(endpoints.bucket, object) };
  };

  return {
    invoke,
    /** A fresh contract with its letter already ingested, and the agreement uploaded but not yet ingested. */
    async prepare(agreement: Uint8Array): Promise<Prepared> {
      const contractId = `bench-${randomUUID().slice(0, 12)}`;
      const notice = await put(contractId, 'letter', letter, 'notice-of-non-renewal.txt', 'text/plain');
      await invoke(notice);
      const { object, event } = await put(contractId, 'agreement', agreement, 'master-services-agreement.pdf', 'application/pdf');
      lastContract = contractId;
      return { contractId, letterDocumentId: notice.documentId, object, event };
    },
    /** What the last ingest stored: evidence that the whole path ran (verdict, deadlines, provisions). */
    async lastVerdictStatus(): Promise<Record<string, string | number>> {
      if (lastContract === null) return {};
      const repository = dynamoContractRepository(awsClients(loadConfig()).dynamo, loadConfig().tableName);
      const items = await repository.getContractItems(BENCH_TENANT, lastContract);
      const agreement = items.documents.find((d) => d.kind === 'agreement');
      return {
        verdict_status: items.verdicts[0]?.verdict.status ?? 'none',
        deadlines: items.deadlines.length,
        provisions: agreement?.agreement?.provisions.length ?? 0,
        document_status: agreement?.status ?? 'none',
      };
    },
  };
}
