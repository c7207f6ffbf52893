/** Every alert message carries a stable id, so a duplicate after a lost SNS answer can be dropped downstream. */
import { describe, expect, it } from 'vitest';
import { alertId, alertMessage } from '../../lib/app/run-alerts.ts';
import type { AlertRecord } from '../../lib/app/records.ts';

const alert: AlertRecord = {
  tenantId: 'acme',
  contractId: 'c-1',
  deadlineId: 'd-1',
  offset: 7,
  dueAt: '2027-05-24T04:00:00.000Z',
  deadline: { kind: 'non-renewal-notice', date: '2027-05-31', at: null, zone: 'America/New_York', section: '12.2' },
  handledAt: null,
};

describe('alert ids', () => {
  it('are the same for the same alert, published twice', () => {
    const first = alertMessage(alert, new Date('2027-05-24T05:00:00Z'));
    const again = alertMessage({ ...alert }, new Date('2027-05-24T06:00:00Z'));
    expect(first.attributes.alertId).toMatch(/^[0-9a-f]{32}$/);
    expect(again.attributes.alertId).toBe(first.attributes.alertId);
    expect(JSON.parse(first.message).alertId).toBe(first.attributes.alertId);
  });

  it('differ between offsets, deadlines, contracts, tenants and corrected dates', () => {
    const ids = new Set([
      alertId(alert),
      alertId({ ...alert, offset: 1 }),
      alertId({ ...alert, deadlineId: 'd-2' }),
      alertId({ ...alert, contractId: 'c-2' }),
      alertId({ ...alert, tenantId: 'other' }),
      alertId({ ...alert, deadline: { ...alert.deadline, date: '2027-05-30' } }),
    ]);
    expect(ids.size).toBe(6);
  });
});
