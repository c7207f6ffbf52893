/**
 * In-memory alert ports for the alert job's unit tests: a repository with the outbox's conditional writes
 * (as lib/adapters/dynamo-alert-repository.ts makes them in DynamoDB), an SNS stand-in that counts what it
 * accepted and can fail, hang or lose its answer, and a clock the test moves.
 */
import { mayClaim } from '../../lib/app/alert-outbox.ts';
import type { AlertMessage, AlertRepository, Clock, Notifier } from '../../lib/app/ports.ts';
import type { AlertRecord } from '../../lib/app/records.ts';

/**
 * What SNS does with one publish: accept and answer; refuse; hang without accepting; accept and lose the
 * answer (the client times out); or accept and hang until the invocation dies.
 */
export type PublishFault = 'ok' | 'refuse' | 'hang' | 'lose-answer' | 'accept-and-hang';
/** The repository's writes, each of which can be made to fail. */
export type WriteName = 'claim' | 'complete' | 'release';
/**
 * How one write goes: applied and answered; refused (not applied); or applied with its answer lost, so the
 * caller sees an error for a write that happened (as DynamoDB can).
 */
export type WriteFault = 'ok' | 'refuse' | 'apply-and-lose-answer';

interface Stored {
  record: AlertRecord;
  indexed: boolean;
}

/** The key the fake stores an alert under. */
export const alertKeyOf = (a: Pick<AlertRecord, 'tenantId' | 'contractId' | 'deadlineId' | 'offset'>) =>
  `${a.tenantId}#${a.contractId}#${a.deadlineId}#${a.offset}`;

export interface FakeAlertRepository extends AlertRepository {
  /** How each coming write goes, in order; `ok` once the script runs out. */
  writeScript: WriteFault[];
  /** Makes the next write of that name be refused, whatever the script says. */
  failNext(write: WriteName): void;
  /** Every write that did not answer `ok`. */
  faults: Array<{ write: WriteName; fault: WriteFault; key: string }>;
  stored(): AlertRecord[];
}

export function fakeAlertRepository(initial: AlertRecord[]): FakeAlertRepository {
  const items = new Map<string, Stored>(initial.map((a) => [alertKeyOf(a), { record: structuredClone(a), indexed: a.handledAt === null }]));
  const refuseNext = new Set<WriteName>();
  /** Runs one write as the script says. */
  const write = (name: WriteName, alert: AlertRecord, apply: (stored: Stored | undefined) => boolean): boolean => {
    const fault: WriteFault = refuseNext.delete(name) ? 'refuse' : (repo.writeScript.shift() ?? 'ok');
    if (fault !== 'ok') repo.faults.push({ write: name, fault, key: alertKeyOf(alert) });
    if (fault === 'refuse') throw Object.assign(new Error(`${name} refused`), { name: 'InternalServerError' });
    const applied = apply(items.get(alertKeyOf(alert)));
    if (fault === 'apply-and-lose-answer') throw Object.assign(new Error(`${name} answer lost`), { name: 'TimeoutError' });
    return applied;
  };
  const repo: FakeAlertRepository = {
    writeScript: [],
    faults: [],
    failNext: (name) => void refuseNext.add(name),
    stored: () => [...items.values()].map((s) => structuredClone(s.record)),
    async dueAlerts(now) {
      const due = [...items.values()].filter((s) => s.indexed && s.record.dueAt <= now).map((s) => structuredClone(s.record));
      return { alerts: due, itemsRead: due.length };
    },
    async claimAlert(alert, lease) {
      return write('claim', alert, (stored) => {
        if (!stored?.indexed || stored.record.dueAt !== alert.dueAt || !mayClaim(stored.record, lease.claimedAt)) return false;
        stored.record = { ...stored.record, state: 'claimed', lease, attempts: (stored.record.attempts ?? 0) + 1 };
        return true;
      });
    },
    async completeAlert(alert, { state, at, messageId }) {
      write('complete', alert, (stored) => {
        if (!stored) return false;
        const { lease: _lease, ...rest } = stored.record;
        stored.record = { ...rest, state, handledAt: at, messageId };
        stored.indexed = false;
        return true;
      });
    },
    async releaseAlert(alert, lease) {
      write('release', alert, (stored) => {
        if (stored?.record.lease?.token !== lease.token) return false;
        const { lease: _lease, ...rest } = stored.record;
        stored.record = { ...rest, state: 'due' };
        return true;
      });
    },
    async markDeadlinePassed() {},
  };
  return repo;
}

export interface FakeSns extends Notifier {
  /** Every message SNS accepted (and so delivered to subscribers), in order. */
  accepted: AlertMessage[];
  /** How each coming publish goes, in order; `ok` once the script runs out. */
  script: PublishFault[];
  /** Every publish that did not go `ok`, with the alert it carried. */
  faults: Array<{ fault: PublishFault; alertId: string }>;
}

export function fakeSns(script: PublishFault[] = []): FakeSns {
  const sns: FakeSns = {
    accepted: [],
    script,
    faults: [],
    async publish(message) {
      const fault = sns.script.shift() ?? 'ok';
      if (fault !== 'ok') sns.faults.push({ fault, alertId: message.deduplicationId });
      if (fault === 'hang') return new Promise<never>(() => undefined);
      if (fault === 'refuse') throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      sns.accepted.push(message);
      if (fault === 'accept-and-hang') return new Promise<never>(() => undefined);
      if (fault === 'lose-answer') throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      return `message-${sns.accepted.length}`;
    },
  };
  return sns;
}

export interface FakeClock extends Clock {
  advance(ms: number): void;
}

export function fakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance(ms) {
      now += ms;
    },
  };
}
