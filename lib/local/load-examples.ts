/**
 * Loads the examples into a tenant the way a user would: an upload URL per document from the API, a PUT to
 * it, S3's notification runs ingest; then reads back each contract's verdicts and deadlines.
 */
import { ApiClient, type ContractView, type VerdictItem } from './api-client.ts';
import { findExampleContracts } from './example-files.ts';

export interface LoadedExample {
  contractId: string;
  verdicts: VerdictItem[];
  view: ContractView | null;
}

export interface LoadExamplesOptions {
  apiUrl: string;
  token: string;
  examplesRoot: string;
  /** Resolves once every object stored so far has been ingested. */
  ingestSettled(): Promise<unknown>;
}

/**
 * @example
 * const loaded = await loadExamples({ apiUrl: stack.apiUrl, token: stack.token, examplesRoot: 'examples', ingestSettled: stack.ingestSettled });
 * loaded[0].verdicts[0].status // 'NON_COMPLIANT'
 */
export async function loadExamples(options: LoadExamplesOptions): Promise<LoadedExample[]> {
  const client = new ApiClient(options.apiUrl, options.token);
  const contracts = await findExampleContracts(options.examplesRoot);
  for (const kind of ['agreement', 'letter'] as const) {
    for (const contract of contracts) {
      for (const document of contract.documents.filter((candidate) => candidate.kind === kind)) {
        await client.upload(contract.contractId, document);
      }
    }
    await options.ingestSettled();
  }
  const loaded: LoadedExample[] = [];
  for (const contract of contracts) {
    loaded.push({
      contractId: contract.contractId,
      verdicts: await client.verdicts(contract.contractId),
      view: await client.contract(contract.contractId).catch(() => null),
    });
  }
  return loaded;
}
