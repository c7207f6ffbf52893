import { describe, expect, it } from 'vitest';
import { withVerdictMetrics } from '../../lib/adapters/metered-contracts.ts';
import { type MetricsSink, recordAlertRun, recordIngestFailure, recordIngestOutcome } from '../../lib/adapters/metrics.ts';
import type { ContractRepository } from '../../lib/app/ports.ts';
import type { VerdictRecord } from '../../lib/app/records.ts';

/** Records what each recorder emits as "name{dimension=value} value" lines. */
function fakeSink() {
  const emitted: string[] = [];
  const sink: MetricsSink = {
    addMetric: (name, _unit, value) => emitted.push(`${name} ${value}`),
    singleMetric: () => {
      const dimensions: string[] = [];
      return {
        addDimension: (name, value) => dimensions.push(`${name}=${value}`),
        addMetric: (name, _unit, value) => emitted.push(`${name}{${dimensions.join(',')}} ${value}`),
      };
    },
  };
  return { sink, emitted };
}

describe('business metrics', () => {
  it('a processed document counts as ingested; an unreadable one as a failure under its code', () => {
    const { sink, emitted } = fakeSink();
    recordIngestOutcome(sink, { outcome: 'processed', documentId: 'd1' });
    recordIngestOutcome(sink, { outcome: 'failed', documentId: 'd2', errorCode: 'NO_TEXT' });
    recordIngestOutcome(sink, { outcome: 'duplicate', documentId: 'd1' });
    recordIngestFailure(sink, 'TRANSIENT');
    expect(emitted).toEqual(['DocumentsIngested 1', 'IngestFailures{errorCode=NO_TEXT} 1', 'IngestFailures{errorCode=TRANSIENT} 1']);
  });

  it('an alert run reports alerts sent and failed publishes', () => {
    const { sink, emitted } = fakeSink();
    recordAlertRun(sink, { sent: 2, failed: 1 });
    expect(emitted).toEqual(['AlertsSent 2', 'AlertsFailed 1']);
  });

  it('each stored verdict is counted by status, after it is stored', async () => {
    const { sink, emitted } = fakeSink();
    const stored: string[] = [];
    const contracts = withVerdictMetrics(
      { putVerdict: async (v: VerdictRecord) => void stored.push(v.letterDocumentId) } as unknown as ContractRepository,
      sink,
    );
    await contracts.putVerdict({ letterDocumentId: 'l1', verdict: { status: 'NEEDS_REVIEW' } } as unknown as VerdictRecord);
    expect(stored).toEqual(['l1']);
    expect(emitted).toEqual(['Verdicts{status=NEEDS_REVIEW} 1']);
  });
});
