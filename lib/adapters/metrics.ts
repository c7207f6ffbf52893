/**
 * Business metrics as CloudWatch embedded metric format (Powertools Metrics: written to the log, no API
 * call): documents ingested, ingest failures by error code, verdicts by status, alerts sent. Emitted by
 * the handlers and adapters only; the domain never knows about them. Each recorder takes the sink, so tests
 * can pass a fake.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { IngestOutcome } from '../app/ingest-object.ts';
import type { OcrResumeOutcome } from '../app/ocr-resume.ts';
import type { AlertRunReport } from '../app/run-alerts.ts';

export const METRICS_NAMESPACE = 'ContractNoticeChecker';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'contract-notice-checker' });

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

/** The part of Powertools Metrics the recorders use. */
export interface MetricsSink {
  addMetric(name: string, unit: Unit, value: number): unknown;
  singleMetric(): { addDimension(name: string, value: string): unknown; addMetric(name: string, unit: Unit, value: number): unknown };
}

/**
 * One ingest outcome: `DocumentsIngested` when a document was read and judged, `IngestFailures` with an
 * `errorCode` dimension when the file was unreadable. Duplicates and ignored keys are not ingests.
 * @example recordIngestOutcome(metrics, { outcome: 'failed', documentId: 'd1', errorCode: 'NO_TEXT' }) // IngestFailures{errorCode=NO_TEXT} += 1
 */
export function recordIngestOutcome(sink: MetricsSink, outcome: IngestOutcome): void {
  if (outcome.outcome === 'processed') sink.addMetric('DocumentsIngested', MetricUnit.Count, 1);
  if (outcome.outcome === 'failed') recordIngestFailure(sink, outcome.errorCode ?? 'UNKNOWN');
  // A scan left to its Textract job: neither ingested nor failed yet (the ocrComplete function resumes it).
  if (outcome.outcome === 'handed-off') sink.addMetric('OcrHandOffs', MetricUnit.Count, 1);
}

/**
 * One Textract completion handled by the ocrComplete function: `OcrCompletions` by `outcome` (`dropped` for a
 * duplicate or a job no upload waits for), and the resumed ingest's own outcome as `recordIngestOutcome` counts it.
 * @example recordOcrResume(metrics, { outcome: 'processed', documentId: 'd1' }) // OcrCompletions{outcome=processed} += 1, DocumentsIngested += 1
 */
export function recordOcrResume(sink: MetricsSink, outcome: OcrResumeOutcome): void {
  const metric = sink.singleMetric();
  metric.addDimension('outcome', outcome.outcome);
  metric.addMetric('OcrCompletions', MetricUnit.Count, 1);
  if (outcome.outcome !== 'dropped') recordIngestOutcome(sink, outcome);
}

/**
 * An ingest failure by code: a document error (`NO_TEXT`, …) or, for an invocation that will be retried,
 * the thrown error's code (`TRANSIENT`, or `INTERNAL` for anything unexpected).
 * @example recordIngestFailure(metrics, 'TRANSIENT') // IngestFailures{errorCode=TRANSIENT} += 1
 */
export function recordIngestFailure(sink: MetricsSink, errorCode: string): void {
  const metric = sink.singleMetric();
  metric.addDimension('errorCode', errorCode);
  metric.addMetric('IngestFailures', MetricUnit.Count, 1);
}

/**
 * A verdict stored, by status (COMPLIANT, NON_COMPLIANT, CONDITIONAL, NEEDS_REVIEW).
 * @example recordVerdict(metrics, 'NEEDS_REVIEW') // Verdicts{status=NEEDS_REVIEW} += 1
 */
export function recordVerdict(sink: MetricsSink, status: string): void {
  const metric = sink.singleMetric();
  metric.addDimension('status', status);
  metric.addMetric('Verdicts', MetricUnit.Count, 1);
}

/**
 * One alert run: `AlertsSent` and `AlertsFailed` (publishes that will be retried on the next run).
 * @example recordAlertRun(metrics, { due: 3, sent: 2, failed: 1, passed: 0, skipped: 0, itemsRead: 3 }) // AlertsSent 2, AlertsFailed 1
 */
export function recordAlertRun(sink: MetricsSink, report: Pick<AlertRunReport, 'sent' | 'failed'>): void {
  sink.addMetric('AlertsSent', MetricUnit.Count, report.sent);
  sink.addMetric('AlertsFailed', MetricUnit.Count, report.failed);
}
