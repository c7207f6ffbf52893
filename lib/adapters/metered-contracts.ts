/**
 * A ContractRepository that counts each verdict it stores by status: the one place every verdict passes,
 * whichever upload (letter or agreement) caused it.
 */
import type { ContractRepository } from '../app/ports.ts';
import { type MetricsSink, recordVerdict } from './metrics.ts';

/** @example const contracts = withVerdictMetrics(dynamoContractRepository(client, table), metrics); */
export function withVerdictMetrics(contracts: ContractRepository, sink: MetricsSink): ContractRepository {
  return {
    ...contracts,
    async putVerdict(verdict) {
      await contracts.putVerdict(verdict);
      recordVerdict(sink, verdict.verdict.status);
    },
  };
}
