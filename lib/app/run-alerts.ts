/**
 * The scheduled alert job. Reads only the alerts due now through the sparse due-date index (never a Scan),
 * and moves each through the outbox (lib/app/alert-outbox.ts): a conditional claim under a lease before
 * publishing — so overlapping runs publish each alert once — then `sent` once SNS has answered. A run that
 * dies or fails holding a claim leaves the alert for the next run; `passed` markers mark their deadline passed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { NoticeCheckError } from '../errors.ts';
import { alertState, leaseFrom } from './alert-outbox.ts';
import { alertText } from './alert-text.ts';
import { alertMayFire } from './deadline-review.ts';
import { deadlineEnds } from './deadline-schedule.ts';
import type { AlertMessage, AlertRepository, BaseDeps, Notifier } from './ports.ts';
import type { AlertRecord } from './records.ts';

export interface AlertDeps extends BaseDeps {
  alerts: AlertRepository;
  notifier: Notifier;
}

export interface AlertRunReport {
  due: number;
  sent: number;
  passed: number;
  /** Claimed by another run, or due after their deadline had already passed. */
  skipped: number;
  /** Claimed again after the run holding them died or failed before they were sent. */
  resumed: number;
  /** Publishes (or writes) that failed; the alerts are retried by the next run. */
  failed: number;
  itemsRead: number;
}

type Outcome = 'sent' | 'passed' | 'skipped';

/**
 * @param options.now the moment judged "due" (the schedule's time); leases are taken on the clock.
 * @param options.runId names this run's claims; random by default.
 */
export async function runAlerts(deps: AlertDeps, options: { now?: Date; runId?: string } = {}): Promise<AlertRunReport> {
  const now = (options.now ?? deps.clock.now()).toISOString();
  const runId = options.runId ?? randomUUID();
  const { alerts, itemsRead } = await deps.alerts.dueAlerts(now, deps.config.alertLookbackDays);
  const report: AlertRunReport = { due: alerts.length, sent: 0, passed: 0, skipped: 0, resumed: 0, failed: 0, itemsRead };
  let firstFailure: unknown;
  for (const alert of alerts.filter(alertMayFire)) {
    try {
      const outcome = await handleAlert(deps, alert, now, runId);
      report[outcome] += 1;
      if (outcome !== 'skipped' && alertState(alert) === 'claimed') report.resumed += 1;
    } catch (error) {
      // One alert's failure must not keep the others from being sent.
      report.failed += 1;
      firstFailure ??= error;
    }
  }
  if (firstFailure !== undefined) {
    throw new NoticeCheckError('TRANSIENT', `${report.failed} alert(s) could not be published; they will be retried`, {
      cause: firstFailure,
    });
  }
  return report;
}

async function handleAlert(deps: AlertDeps, alert: AlertRecord, now: string, runId: string): Promise<Outcome> {
  const lease = leaseFrom(deps.clock.now(), runId);
  if (!(await deps.alerts.claimAlert(alert, lease))) return 'skipped';
  const done = async (state: 'sent' | 'handled', messageId: string | null) =>
    deps.alerts.completeAlert(alert, { state, at: deps.clock.now().toISOString(), messageId });
  let messageId: string | null;
  try {
    if (alert.offset === 'passed') {
      await deps.alerts.markDeadlinePassed(alert.tenantId, alert.contractId, alert.deadlineId);
      await done('handled', null);
      return 'passed';
    }
    if (deadlineEnds(alert.deadline).toMillis() <= Date.parse(now)) {
      await done('handled', null); // a reminder for a deadline already over would only mislead
      return 'skipped';
    }
    messageId = await deps.notifier.publish(alertMessage(alert, new Date(now)));
  } catch (error) {
    // Give the claim back so the next run may retry at once. Should that write fail too, the lease lapses
    // and the next run claims the alert anyway.
    await deps.alerts.releaseAlert(alert, lease).catch(() => undefined);
    throw error;
  }
  // SNS has accepted it: never released from here on. Should this write fail, the lease lapses and the next
  // run sends it again — a duplicate with the same alert id, the only kind there can be.
  await done('sent', messageId);
  return 'sent';
}

/**
 * The alert's stable id: the same alert (tenant, contract, deadline, offset, date alerted) always gets the
 * same id, so a subscriber can drop the duplicate SNS delivers when a publish succeeded but its answer was
 * lost and the alert was published again. A corrected date is a new alert, with a new id.
 * @example alertId({ tenantId: 't', contractId: 'c', deadlineId: 'd', offset: 7, deadline: { date: '2027-05-31' } }) // 32 hex digits
 */
export function alertId(
  alert: Pick<AlertRecord, 'tenantId' | 'contractId' | 'deadlineId' | 'offset'> & { deadline: { date: string } },
): string {
  const identity = [alert.tenantId, alert.contractId, alert.deadlineId, String(alert.offset), alert.deadline.date].join('\n');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/** One SNS message per alert: contract, deadline kind, date, section and the quoted clause. */
export function alertMessage(alert: AlertRecord, sentAt: Date): AlertMessage {
  const { deadline } = alert;
  const days = alert.offset as number;
  const text = alertText(deadline, alert.contractId, sentAt);
  const id = alertId(alert);
  return {
    subject: text.subject,
    message: JSON.stringify({
      alertId: id,
      tenantId: alert.tenantId,
      contractId: alert.contractId,
      kind: deadline.kind,
      date: deadline.date,
      at: deadline.at,
      zone: deadline.zone,
      section: deadline.section,
      clause: deadline.text ?? null,
      daysBefore: days,
      daysRemaining: text.daysRemaining,
      summary: text.summary,
    }),
    attributes: { alertId: id, tenantId: alert.tenantId, contractId: alert.contractId, kind: deadline.kind, daysBefore: String(days) },
    deduplicationId: id,
    groupId: alert.tenantId,
  };
}
