/**
 * Where the local SMTP inbox delivers: the message is stored raw under `inbound/`, as SES's receipt rule
 * stores it, and routed by the use case the inboundMail function runs on AWS — a letter of the contract
 * `notices+<contractId>@…` names when that contract exists, otherwise the tenant's unmatched mail, never a
 * contract made up from an address. The local stack has one tenant, so a bare contract id is one of its.
 */
import { randomUUID } from 'node:crypto';
import { type InboundDeps, type InboundOutcome, routeInboundMail } from '../app/inbound-mail.ts';
import { mailKeys } from '../app/inbound-ports.ts';
import type { MailDelivery } from './smtp-inbox.ts';

export interface LocalDeliveryDeps {
  contracts: InboundDeps['contracts'];
  mail: InboundDeps['mail'];
  /** The local stack's one tenant. */
  tenant: string;
  log(line: string): void;
  newId?: () => string;
}

const describeOutcome = (outcome: InboundOutcome): string => {
  switch (outcome.outcome) {
    case 'delivered':
      return `stored as a letter of ${outcome.contracts.map((c) => c.contractId).join(', ')}`;
    case 'unmatched':
      return 'names no contract of this tenant: kept under Unmatched mail';
    case 'unrouted':
      return 'names no tenant: kept for the operators';
    default:
      return `ignored (${outcome.reason})`;
  }
};

/**
 * @example const deliver = localMailDelivery({ contracts, mail, tenant: 'demo', log: console.log }); await deliver(bytes, ['notices+c-1@inbound.localhost'])
 */
export function localMailDelivery(deps: LocalDeliveryDeps): MailDelivery {
  const newId = deps.newId ?? randomUUID;
  // Any domain reaches the local inbox, so the address's domain is not checked.
  const inbound: InboundDeps = {
    config: { inboundEmailDomain: '' },
    contracts: deps.contracts,
    mail: deps.mail,
    defaultTenant: deps.tenant,
  };
  return async (bytes, recipients) => {
    const key = `${mailKeys.rawPrefix}local-${newId()}`;
    await deps.mail.put(key, bytes, 'message/rfc822');
    const outcome = await routeInboundMail(inbound, { key, recipients });
    deps.log(`[smtp] mail to ${recipients.join(', ')} ${describeOutcome(outcome)}`);
  };
}
