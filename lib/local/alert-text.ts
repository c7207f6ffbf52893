/** An alert as the local inbox received it, and the one line the console and `notice-check alerts` show for it. */
export interface DeliveredAlert {
  receivedAt: string;
  subject: string | null;
  /** The published message, parsed when it is JSON. */
  message: unknown;
}

/**
 * The alert's own summary sentence when it has one; else the subject, then the facts it carries.
 * @example describeAlert({ receivedAt: '…', subject: 'Deadline in 7 days', message: { contractId: 'c-1', kind: 'term-end', date: '2024-03-01' } })
 * // 'Deadline in 7 days — contractId=c-1 kind=term-end date=2024-03-01'
 */
export function describeAlert(alert: DeliveredAlert): string {
  const message = alert.message;
  if (typeof message !== 'object' || message === null)
    return [alert.subject, message === undefined ? null : String(message)].filter(Boolean).join(' — ');
  const fields = message as Record<string, unknown>;
  if (typeof fields.summary === 'string') return fields.summary; // the sentence the alert job wrote for people
  const facts = ['tenantId', 'contractId', 'kind', 'date', 'daysBefore', 'section']
    .filter((name) => fields[name] !== undefined && fields[name] !== null)
    .map((name) => `${name}=${String(fields[name])}`)
    .join(' ');
  return [alert.subject, facts].filter(Boolean).join(' — ');
}
