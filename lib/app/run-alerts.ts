/**
 * The scheduled alert job. Reads only the alerts due now through the sparse due-date index (never a Scan),
 * claims each with a conditional write before publishing — so reruns and overlapping runs publish each alert
 * once — and marks deadlines passed when their `passed` marker falls due.
 */
import { createHash } from 'node:crypto';
import { NoticeCheckError } from '../errors.ts';
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
  failed: number;
  itemsRead: number;
}

export async function runAlerts(deps: AlertDeps, options: { now?: Date } = {}): Promise<AlertRunReport> {
  const now = (options.now ?? deps.clock.now()).toISOString();
  const { alerts, itemsRead } = await deps.alerts.dueAlerts(now, deps.config.alertLookbackDays);
  const report: AlertRunReport = { due: alerts.length, sent: 0, passed: 0, skipped: 0, failed: 0, itemsRead };
  let firstFailure: unknown;
  for (const alert of alerts.filter(alertMayFire)) {
    if (!(await deps.alerts.claimAlert(alert, now))) {
      report.skipped += 1;
      continue;
    }
    if (alert.offset === 'passed') {
      await deps.alerts.markDeadlinePassed(alert.tenantId, alert.contractId, alert.deadlineId);
      report.passed += 1;
      continue;
    }
    if (deadlineEnds(alert.deadline).toMillis() <= Date.parse(now)) {
      report.skipped += 1; // a reminder for a deadline already over would only mislead
      continue;
    }
    try {
      await deps.notifier.publish(alertMessage(alert, new Date(now)));
      report.sent += 1;
    } catch (error) {
      await deps.alerts.releaseAlert(alert); // publish failed: let the next run try again
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
  };
}
